#!/usr/bin/env bash
# The SDK samples, end to end: pack DevCred.Analyzers into a local feed, build samples/SdkFamilies (one small sample
# per Alibaba Cloud SDK family, in the STS form the DEVCRED005 fix writes) and samples/MaxComputeTables (list the
# tables of a MaxCompute project with the environment's STS credentials) against the SDK stand-ins, check that the
# only DEVCRED diagnostic is the suppressed Tablestore DEVCRED005, start the credentials emulator on 127.0.0.1 in
# rotating mode, run both samples and check what they signed their requests with.
#
# Not part of CI. Needs only the .NET SDK (restores from NuGet). Everything it writes goes to artifacts/sdk-samples/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOB="$ROOT/artifacts/sdk-samples"
FEED="$JOB/feed"
WORK="$JOB/work"
LOGS="$JOB/logs"
CONFIGURATION=Release
# The emulator's credentials live 63 s, just over DevCred.Runtime's 60 s safety margin: a cached credential counts
# as expired at most 3 s after it was fetched. Each family waits PAUSE seconds between its two requests, so its
# second request finds the cached credential expired, DevCred.Runtime fetches again, and the rotating emulator hands
# out a new credential: the two requests of a per-request family are signed with two different AccessKey IDs.
LIFETIME=63s
PAUSE=3.5
EMULATOR_PID=""

# The families that ask for credentials on every request (the tag their stand-in prints), and the one that cannot.
STS_FAMILIES=(AlibabaCloud.SDK.Ecs20140526 Aliyun.OSS AlibabaCloud.OSS.V2 Aliyun.Api.LogService Aliyun.Acs.Core Aliyun.MNS)
LONG_TERM_FAMILY=Aliyun.OTS
STS_KIND="STS credential with a security token"
BASE58='1-9A-HJ-NP-Za-km-z'

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nSDK SAMPLES FAILED: %s\n' "$*" >&2; exit 1; }

cleanup() {
  if [[ -n "$EMULATOR_PID" ]] && kill -0 "$EMULATOR_PID" 2>/dev/null; then
    kill "$EMULATOR_PID" 2>/dev/null || true
    wait "$EMULATOR_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# Runs a command with its output in a log file. Returns the command's exit code.
run_logged() {
  local log="$1"
  shift
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  return "$rc"
}

show_tail() { printf -- '--- last lines of %s ---\n' "$1"; tail -n "${2:-40}" "$1"; printf -- '---\n'; }

# Warning and error lines of an MSBuild log, once each (MSBuild repeats them in its summary).
diagnostic_lines() { grep -E ': (warning|error) [A-Z]+[0-9]+:' "$1" | sed -E 's/ \[[^]]*\]$//' | sort -u || true; }

# The DEVCRED results of a SARIF 2.1 error log, one per line: "RULE|suppressed or reported|file:line|message".
# Reads the compiler's indented layout: in a result, "ruleId" comes first and the message, suppressions and
# location follow; rule descriptors (after "tool") use "id" instead.
devcred_results() {
  awk '
    function flush() { if (rule != "") print rule "|" (sup ? "suppressed" : "reported") "|" file ":" line "|" msg; rule = "" }
    /"ruleId": "/ { flush(); if ($0 ~ /"ruleId": "DEVCRED/) { rule = $0; sub(/.*"ruleId": "/, "", rule); sub(/".*/, "", rule); sup = 0; file = ""; line = ""; msg = "" } next }
    rule != "" && /"text": "/ && msg == "" { msg = $0; sub(/.*"text": "/, "", msg); sub(/"[^"]*$/, "", msg) }
    rule != "" && /"suppressions": \[/ { sup = 1 }
    rule != "" && /"uri": "/ && file == "" { file = $0; sub(/.*"uri": "/, "", file); sub(/".*/, "", file); sub(/.*\//, "", file) }
    rule != "" && /"startLine": / && line == "" { line = $0; sub(/.*"startLine": /, "", line); sub(/[^0-9].*/, "", line) }
    /"tool": \{/ { flush() }
    END { flush() }
  ' "$1"
}

# Letters and digits, $1 of them (made-up values only).
random_alnum() {
  local chars=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 out="" i
  for ((i = 0; i < $1; i++)); do out+="${chars:RANDOM%62:1}"; done
  printf '%s' "$out"
}

# The masked AccessKey IDs a stand-in printed, in order, and the kinds of credential ("ID|kind" per line).
signed_with() {
  grep -F "  [stand-in $2] " "$1" | sed -E 's/.* signed with AccessKey ID ([^ ]+) \((.*)\)$/\1|\2/' || true
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rm -rf "$JOB"
mkdir -p "$FEED" "$WORK" "$LOGS"

# ---------------------------------------------------------------------------------------------------------------
step "1/6 Pack DevCred.Analyzers into the local feed $FEED"
run_logged "$LOGS/pack.log" dotnet pack "$ROOT/src/DevCred.Analyzers.Package/DevCred.Analyzers.Package.csproj" \
  -c "$CONFIGURATION" -o "$FEED" -tl:off -nologo \
  || { show_tail "$LOGS/pack.log"; fail "dotnet pack failed (log: $LOGS/pack.log)"; }
shopt -s nullglob
packages=("$FEED"/DevCred.Analyzers.*.nupkg)
shopt -u nullglob
[[ ${#packages[@]} -eq 1 ]] || fail "expected exactly one DevCred.Analyzers package in $FEED, found ${#packages[@]}"
PACKAGE="${packages[0]}"
VERSION="$(basename "$PACKAGE" .nupkg)"
VERSION="${VERSION#DevCred.Analyzers.}"
echo "packed $(basename "$PACKAGE") ($(wc -c <"$PACKAGE") bytes)"

# ---------------------------------------------------------------------------------------------------------------
step "2/6 Copy the samples, the stand-ins and the emulator to $WORK"
for item in SdkFamilies MaxComputeTables SdkStandIns CredentialsEmulator Directory.Build.props Directory.Build.targets .editorconfig; do
  cp -R "$ROOT/samples/$item" "$WORK/"
done
rm -rf "$WORK"/*/bin "$WORK"/*/obj
sed -i -E "s#(<DevCredAnalyzersVersion[^>]*>)[^<]*(</DevCredAnalyzersVersion>)#\1$VERSION\2#" "$WORK/Directory.Build.props"

# A re-packed package of the same version would come from the global packages folder: this restore gets its own.
GLOBAL_PACKAGES="$(cd "$ROOT" && dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')"
GLOBAL_PACKAGES="${GLOBAL_PACKAGES%/}"
export NUGET_PACKAGES="$JOB/nuget-packages"
mkdir -p "$NUGET_PACKAGES"
FALLBACK=""
if [[ -d "$GLOBAL_PACKAGES" && ! -e "$GLOBAL_PACKAGES/devcred.analyzers" ]]; then
  # Other packages are read from there instead of being downloaded again; DevCred.Analyzers is not in it.
  FALLBACK="<fallbackPackageFolders><add key=\"global-packages\" value=\"$GLOBAL_PACKAGES\" /></fallbackPackageFolders>"
else
  echo "note: not using $GLOBAL_PACKAGES as a fallback folder (missing, or it holds a DevCred.Analyzers copy)"
fi
cat >"$WORK/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="devcred-sdk-samples" value="$FEED" />
  </packageSources>
  $FALLBACK
</configuration>
EOF
echo "DevCred.Analyzers $VERSION from $FEED; NUGET_PACKAGES=$NUGET_PACKAGES${FALLBACK:+; fallback folder $GLOBAL_PACKAGES}"

# ---------------------------------------------------------------------------------------------------------------
# Builds one sample with a SARIF error log (which also lists diagnostics suppressed in source) and the generated
# sources on disk; checks that no DEVCRED diagnostic reaches the build output and that the adapters were generated.
build_sample() {
  local name="$1"
  shift
  local log="$LOGS/build-$name.log" sarif="$LOGS/$name.sarif"
  run_logged "$log" dotnet build "$WORK/$name/$name.csproj" -c "$CONFIGURATION" -tl:off -nologo -m:1 \
    -p:EmitCompilerGeneratedFiles=true "-p:ErrorLog=$sarif%2Cversion=2.1" \
    || { diagnostic_lines "$log"; show_tail "$log"; fail "$name does not build (log: $log)"; }
  local diagnostics
  diagnostics="$(diagnostic_lines "$log")"
  [[ -z "$diagnostics" ]] || printf '%s\n' "$diagnostics" | sed 's#^'"$WORK"'/##'
  ! grep -q -E ': (warning|error) DEVCRED' <<<"$diagnostics" || fail "$name reports DEVCRED diagnostics (above)"
  grep -E '(Warning|Error)\(s\)' "$log" | sed 's/^ */  /' || true
  [[ -f "$WORK/$name/bin/$CONFIGURATION/net10.0/$name.dll" ]] || fail "no built $name.dll"

  local generated="$WORK/$name/obj/$CONFIGURATION/net10.0/generated/DevCred.Analyzers"
  local adapter file
  for adapter in "$@"; do
    file="$(find "$generated" -name "$adapter.g.cs" 2>/dev/null | head -n 1)"
    [[ -n "$file" ]] || fail "DevCred.Analyzers did not generate $adapter into $name"
    echo "  generated ${file#"$generated"/}"
  done

  [[ -s "$sarif" ]] || fail "no SARIF error log at $sarif"
  devcred_results "$sarif" >"$LOGS/$name.devcred.txt"
}

step "3/6 Build SdkFamilies: no DEVCRED diagnostic but the suppressed Tablestore DEVCRED005"
build_sample SdkFamilies DevCredAliyunCredentialsProvider DevCredOssCredentialsProvider DevCredAcsCredentialsProvider DevCredMnsCredentials
sed 's/^/  SARIF: /' "$LOGS/SdkFamilies.devcred.txt"
grep -q -E '^DEVCRED005\|suppressed\|TablestoreFamily\.cs:[0-9]+\|OTSClient .*no STS form' "$LOGS/SdkFamilies.devcred.txt" \
  || fail "the SARIF log has no suppressed DEVCRED005 with the 'no STS form' message for the Tablestore OTSClient"
unexpected="$(grep -v -E '^DEVCRED00[56]\|suppressed\|TablestoreFamily\.cs:' "$LOGS/SdkFamilies.devcred.txt" || true)"
[[ -z "$unexpected" ]] || fail "DEVCRED diagnostics where none should be:"$'\n'"$unexpected"

step "4/6 Build MaxComputeTables: no DEVCRED diagnostic at all"
build_sample MaxComputeTables DevCredAliyunCredentialsProvider
[[ ! -s "$LOGS/MaxComputeTables.devcred.txt" ]] \
  || fail "DEVCRED diagnostics in MaxComputeTables:"$'\n'"$(cat "$LOGS/MaxComputeTables.devcred.txt")"
echo "  SARIF: no DEVCRED result"

# ---------------------------------------------------------------------------------------------------------------
step "5/6 Start the credentials emulator on 127.0.0.1 (rotating mode: a new credential for every request; lifetime $LIFETIME)"
run_logged "$LOGS/emulator-build.log" dotnet build "$WORK/CredentialsEmulator/CredentialsEmulator.csproj" \
  -c "$CONFIGURATION" -o "$JOB/emulator" -tl:off -nologo -m:1 \
  || { show_tail "$LOGS/emulator-build.log"; fail "the emulator does not build"; }
READY="$JOB/emulator.ready"
CREDENTIALS_FILE="$JOB/emulator-credentials.json"
dotnet "$JOB/emulator/CredentialsEmulator.dll" --port 0 --mode rotating --lifetime "$LIFETIME" \
  --ready-file "$READY" --write-file "$CREDENTIALS_FILE" >"$LOGS/emulator.out" 2>"$LOGS/emulator.log" &
EMULATOR_PID=$!
for _ in $(seq 1 150); do
  [[ -s "$READY" ]] && break
  kill -0 "$EMULATOR_PID" 2>/dev/null || { cat "$LOGS/emulator.log"; fail "the emulator exited before it was ready"; }
  sleep 0.2
done
[[ -s "$READY" ]] || fail "the emulator was not ready within 30 s"
URI="$(head -n 1 "$READY")"
[[ "$URI" =~ ^http://127\.0\.0\.1:[0-9]+/ ]] || fail "the emulator URI is not on 127.0.0.1: $URI"
echo "emulator pid $EMULATOR_PID serving $URI"

# ---------------------------------------------------------------------------------------------------------------
step "6/6 Run both samples with ALIBABA_CLOUD_CREDENTIALS_URI=$URI"
# Tablestore has no STS form and reads a long-term pair from the environment: a made-up one, for this run only.
OTS_ID="LTAI$(random_alnum 20)"
OTS_SECRET="$(random_alnum 30)"
# Only the emulator's URI: no credentials file, nothing that turns the URI off.
run_env=(env -u DEVCRED_CREDENTIALS_FILE -u ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS -u ALIBABA_CLOUD_ACCESS_KEY_ID
  -u ALIBABA_CLOUD_ACCESS_KEY_SECRET ALIBABA_CLOUD_CREDENTIALS_URI="$URI")

echo "--- SdkFamilies --pause $PAUSE ---"
rc=0
"${run_env[@]}" ALIBABA_CLOUD_ACCESS_KEY_ID="$OTS_ID" ALIBABA_CLOUD_ACCESS_KEY_SECRET="$OTS_SECRET" \
  dotnet "$WORK/SdkFamilies/bin/$CONFIGURATION/net10.0/SdkFamilies.dll" --pause "$PAUSE" >"$LOGS/SdkFamilies.out" 2>&1 || rc=$?
cat "$LOGS/SdkFamilies.out"
[[ $rc -eq 0 ]] || fail "SdkFamilies exited with $rc"

echo "--- MaxComputeTables dataworks_demo ---"
rc=0
"${run_env[@]}" dotnet "$WORK/MaxComputeTables/bin/$CONFIGURATION/net10.0/MaxComputeTables.dll" dataworks_demo >"$LOGS/MaxComputeTables.out" 2>&1 || rc=$?
cat "$LOGS/MaxComputeTables.out"
[[ $rc -eq 0 ]] || fail "MaxComputeTables exited with $rc"

echo "--- emulator log ---"
cat "$LOGS/emulator.log"
echo "---"

served="$(grep -oE 'served credential #[0-9]+ STS\.\*{4}[0-9A-Za-z]{4}' "$LOGS/emulator.log" | sed -E 's/.* //' || true)"
[[ -n "$served" ]] || fail "the emulator log shows no credential served"
was_served() { grep -qxF "$1" <<<"$served"; }

summary=()
for family in "${STS_FAMILIES[@]}"; do
  mapfile -t signed < <(signed_with "$LOGS/SdkFamilies.out" "$family")
  [[ ${#signed[@]} -eq 2 ]] || fail "$family: expected 2 signed requests, found ${#signed[@]}"
  first="${signed[0]%%|*}"
  second="${signed[1]%%|*}"
  for entry in "${signed[@]}"; do
    [[ "${entry#*|}" == "$STS_KIND" ]] || fail "$family signed a request without an STS credential and its token: $entry"
    [[ "${entry%%|*}" =~ ^STS\.\*{4}[0-9A-Za-z]{4}$ ]] || fail "$family: not a masked STS AccessKey ID: ${entry%%|*}"
    was_served "${entry%%|*}" || fail "$family signed with ${entry%%|*}, which the emulator never served"
  done
  [[ "$first" != "$second" ]] || fail "$family signed both requests with $first: the credential was not asked for again per request"
  summary+=("$family $first -> $second")
done

mapfile -t signed < <(signed_with "$LOGS/SdkFamilies.out" "$LONG_TERM_FAMILY")
[[ ${#signed[@]} -eq 2 ]] || fail "$LONG_TERM_FAMILY: expected 2 signed requests, found ${#signed[@]}"
ots_masked="LTAI****${OTS_ID: -4}"
for entry in "${signed[@]}"; do
  [[ "$entry" == "$ots_masked|long-term AccessKey, no security token" ]] \
    || fail "$LONG_TERM_FAMILY did not sign with the pair from the environment ($ots_masked): $entry"
done
summary+=("$LONG_TERM_FAMILY $ots_masked (long-term pair from the environment, no STS form)")

tables="$(grep -c -E '^  [a-z0-9_]+ +(MANAGED_TABLE|EXTERNAL_TABLE|VIRTUAL_VIEW) ' "$LOGS/MaxComputeTables.out" || true)"
[[ "$tables" -gt 0 ]] || fail "MaxComputeTables listed no tables"
grep -q -E "^$tables tables, listed with StsCredential\(STS\.\*{4}[0-9A-Za-z]{4}, expires " "$LOGS/MaxComputeTables.out" \
  || fail "MaxComputeTables did not report the STS credential it listed the tables with"
mapfile -t signed < <(signed_with "$LOGS/MaxComputeTables.out" AlibabaCloud.SDK.MaxCompute20220104)
[[ ${#signed[@]} -ge 1 ]] || fail "MaxComputeTables made no ListTables request"
for entry in "${signed[@]}"; do
  [[ "${entry#*|}" == "$STS_KIND" ]] || fail "ListTables was not signed with an STS credential and its token: $entry"
  was_served "${entry%%|*}" || fail "ListTables signed with ${entry%%|*}, which the emulator never served"
done
summary+=("MaxCompute ListTables: $tables tables in ${#signed[@]} requests, signed with ${signed[0]%%|*}")

# Nothing printed may hold a full value: no STS AccessKey ID, 44-character secret or security token in its shape,
# not the last credential the emulator wrote, not the made-up Tablestore pair.
outputs=("$LOGS/SdkFamilies.out" "$LOGS/MaxComputeTables.out" "$LOGS/emulator.log" "$LOGS/emulator.out")
if grep -q -E "STS\.[$BASE58]{25}|[$BASE58]{44}|CAIS[A-Za-z0-9+/]{20}" "${outputs[@]}"; then
  fail "a full STS AccessKey ID, secret or security token appears in the output"
fi
for field in AccessKeyId AccessKeySecret SecurityToken; do
  value="$(grep -oE "\"$field\":\"[^\"]+\"" "$CREDENTIALS_FILE" | sed -E 's/.*:"([^"]+)"/\1/')"
  [[ -n "$value" ]] || fail "no $field in $CREDENTIALS_FILE"
  ! grep -q -F "$value" "${outputs[@]}" || fail "an unmasked $field appears in the output"
done
! grep -q -F -e "$OTS_ID" -e "$OTS_SECRET" "${outputs[@]}" || fail "the Tablestore AccessKey pair appears unmasked in the output"

printf '\nSDK SAMPLES PASSED in %d s:\n' "$SECONDS"
printf '  %s\n' "${summary[@]}"
