#!/usr/bin/env bash
# The main job, end to end: pack DevCred.Analyzers into a local feed, build a scratch copy of the OSS quickstart
# and watch DEVCRED001/DEVCRED002 fail it, apply the code fix with `dotnet format analyzers`, rebuild it clean,
# then run it against the credentials emulator on 127.0.0.1 and check that it used the STS credential served.
#
# Needs only the .NET SDK (restores from NuGet). Everything it writes goes to artifacts/main-job/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOB="$ROOT/artifacts/main-job"
FEED="$JOB/feed"
WORK="$JOB/work"
BEFORE="$JOB/before"
LOGS="$JOB/logs"
PROJECT="$WORK/OssQuickstart/OssQuickstart.csproj"
CONFIGURATION=Release
EMULATOR_PID=""

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nMAIN JOB FAILED: %s\n' "$*" >&2; exit 1; }

cleanup() {
  if [[ -n "$EMULATOR_PID" ]] && kill -0 "$EMULATOR_PID" 2>/dev/null; then
    kill "$EMULATOR_PID" 2>/dev/null || true
    wait "$EMULATOR_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# Runs a command with its output in a log file; prints the tail when it fails. Returns the command's exit code.
run_logged() {
  local log="$1"
  shift
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  return "$rc"
}

show_tail() { printf -- '--- last lines of %s ---\n' "$1"; tail -n "${2:-40}" "$1"; printf -- '---\n'; }

# Error lines of an MSBuild log, once each (MSBuild repeats them in its summary).
error_lines() { grep -E ': error [A-Z]+[0-9]+:' "$1" | sed -E 's/ \[[^]]*\]$//' | sort -u || true; }

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

rm -rf "$JOB"
mkdir -p "$FEED" "$WORK" "$LOGS"

# ---------------------------------------------------------------------------------------------------------------
step "1/7 Pack DevCred.Analyzers into the local feed $FEED"
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
step "2/7 Copy samples/OssQuickstart and samples/StandIns to $WORK"
for item in OssQuickstart StandIns Directory.Build.props Directory.Build.targets .editorconfig; do
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
    <add key="devcred-main-job" value="$FEED" />
  </packageSources>
  $FALLBACK
</configuration>
EOF
cp -R "$WORK" "$BEFORE"
echo "DevCred.Analyzers $VERSION from $FEED; NUGET_PACKAGES=$NUGET_PACKAGES${FALLBACK:+; fallback folder $GLOBAL_PACKAGES}"

# ---------------------------------------------------------------------------------------------------------------
step "3/7 Build the quickstart as written: the hardcoded AccessKey must fail the build"
build_rc=0
run_logged "$LOGS/build-before-fix.log" dotnet build "$PROJECT" -c "$CONFIGURATION" -tl:off -nologo || build_rc=$?
errors="$(error_lines "$LOGS/build-before-fix.log")"
printf '%s\n' "$errors" | sed 's#^'"$WORK"'/##'
[[ $build_rc -ne 0 ]] || fail "the build succeeded, but the hardcoded AccessKey should have failed it"
grep -q ': error DEVCRED001:' <<<"$errors" || { show_tail "$LOGS/build-before-fix.log"; fail "no DEVCRED001 error in the build output"; }
grep -q ': error DEVCRED002:' <<<"$errors" || { show_tail "$LOGS/build-before-fix.log"; fail "no DEVCRED002 error in the build output"; }
other="$(grep -v -E ': error DEVCRED00[12]:' <<<"$errors" || true)"
[[ -z "$other" ]] || fail "the build also failed for other reasons:"$'\n'"$other"
restored="$NUGET_PACKAGES/devcred.analyzers/$VERSION/devcred.analyzers.$VERSION.nupkg"
cmp -s "$PACKAGE" "$restored" || fail "the build did not restore the package just packed (expected a copy at $restored)"
echo "build failed as expected (exit $build_rc): $(grep -c ': error DEVCRED001:' <<<"$errors") DEVCRED001, $(grep -c ': error DEVCRED002:' <<<"$errors") DEVCRED002"

# ---------------------------------------------------------------------------------------------------------------
step "4/7 Apply the fix: dotnet format analyzers --diagnostics DEVCRED001 DEVCRED002 --severity error"
run_logged "$LOGS/format.log" dotnet format analyzers "$PROJECT" --diagnostics DEVCRED001 DEVCRED002 --severity error -v normal \
  || { show_tail "$LOGS/format.log"; fail "dotnet format failed (log: $LOGS/format.log)"; }
diff_rc=0
(cd "$JOB" && diff -ru -x bin -x obj -x NuGet.config before work) >"$LOGS/fix.diff" || diff_rc=$?
[[ $diff_rc -le 1 ]] || fail "diff failed (exit $diff_rc)"
sed -E 's#^(\+\+\+|---) ([^[:space:]]+).*#\1 \2#' "$LOGS/fix.diff"
[[ -s "$LOGS/fix.diff" ]] || { show_tail "$LOGS/format.log"; fail "dotnet format changed nothing"; }
grep -q '^+.*StsCredentialProvider\.Default\.GetCredential()' "$LOGS/fix.diff" \
  || fail "the change does not read the credential from StsCredentialProvider.Default"
if grep -R -q -E 'LTAI[0-9A-Za-z]{12,20}' "$WORK/OssQuickstart" --include='*.cs'; then
  fail "an AccessKey ID literal is still in the fixed sources"
fi

# ---------------------------------------------------------------------------------------------------------------
step "5/7 Rebuild the fixed quickstart: it must build clean"
run_logged "$LOGS/build-after-fix.log" dotnet build "$PROJECT" -c "$CONFIGURATION" -tl:off -nologo \
  || { error_lines "$LOGS/build-after-fix.log"; show_tail "$LOGS/build-after-fix.log"; fail "the fixed quickstart does not build"; }
! grep -q 'DEVCRED00' "$LOGS/build-after-fix.log" || fail "the rebuild still reports DEVCRED diagnostics"
grep -E '(Warning|Error)\(s\)' "$LOGS/build-after-fix.log" | sed 's/^ */  /'
APP="$WORK/OssQuickstart/bin/$CONFIGURATION/net10.0/OssQuickstart.dll"
[[ -f "$APP" ]] || fail "no built app at $APP"

# ---------------------------------------------------------------------------------------------------------------
step "6/7 Start the credentials emulator on 127.0.0.1"
run_logged "$LOGS/emulator-build.log" dotnet build "$ROOT/samples/CredentialsEmulator/CredentialsEmulator.csproj" \
  -c "$CONFIGURATION" -o "$JOB/emulator" -tl:off -nologo \
  || { show_tail "$LOGS/emulator-build.log"; fail "the emulator does not build"; }
READY="$JOB/emulator.ready"
CREDENTIALS_FILE="$JOB/emulator-credentials.json"
dotnet "$JOB/emulator/CredentialsEmulator.dll" --port 0 --lifetime 1h --ready-file "$READY" --write-file "$CREDENTIALS_FILE" \
  >"$LOGS/emulator.out" 2>"$LOGS/emulator.log" &
EMULATOR_PID=$!
for _ in $(seq 1 150); do
  [[ -s "$READY" ]] && break
  kill -0 "$EMULATOR_PID" 2>/dev/null || { cat "$LOGS/emulator.log"; fail "the emulator exited before it was ready"; }
  sleep 0.2
done
[[ -s "$READY" ]] || fail "the emulator was not ready within 30 s"
URI="$(head -n 1 "$READY")"
[[ "$URI" == "$(head -n 1 "$LOGS/emulator.out")" ]] || fail "the ready file and the first stdout line disagree"
[[ "$URI" =~ ^http://127\.0\.0\.1:[0-9]+/ ]] || fail "the emulator URI is not on 127.0.0.1: $URI"
echo "emulator pid $EMULATOR_PID serving $URI"

# ---------------------------------------------------------------------------------------------------------------
step "7/7 Run the fixed quickstart with ALIBABA_CLOUD_CREDENTIALS_URI=$URI"
run_rc=0
env -u DEVCRED_CREDENTIALS_FILE ALIBABA_CLOUD_CREDENTIALS_URI="$URI" dotnet "$APP" >"$LOGS/app.out" 2>&1 || run_rc=$?
cat "$LOGS/app.out"
[[ $run_rc -eq 0 ]] || fail "the fixed quickstart exited with $run_rc"
echo "--- emulator log ---"
cat "$LOGS/emulator.log"
echo "---"

served="$(grep -oE 'served credential #[0-9]+ STS\.\*+[0-9A-Za-z]{4} expiring [0-9TZ:-]+' "$LOGS/emulator.log" | tail -n 1 || true)"
[[ -n "$served" ]] || fail "the emulator log shows no credential served"
served_tail="$(sed -E 's/.*STS\.\*+([0-9A-Za-z]{4}) .*/\1/' <<<"$served")"
served_expiration="$(sed -E 's/.* expiring //' <<<"$served")"

oss_line="$(grep -E '^\[stand-in OssClient\]' "$LOGS/app.out" || true)"
[[ -n "$oss_line" ]] || fail "the app did not list buckets through the stand-in OssClient"
grep -q "STS\.\*\*\*\*$served_tail (STS credential with a security token)" <<<"$oss_line" \
  || fail "OssClient did not sign with the served STS credential (…$served_tail) and its security token: $oss_line"
grep -E '^\[stand-in OpenApiClient\]' "$LOGS/app.out" | grep -q "STS\.\*\*\*\*$served_tail (STS credential with a security token)" \
  || fail "the OpenAPI Config does not carry the served STS credential (…$served_tail) and its security token"
grep -q "expires $served_expiration" "$LOGS/app.out" \
  || fail "the app did not report the served expiration $served_expiration"

# Nothing printed may hold a full value: compare with the credentials file the emulator wrote.
for field in AccessKeyId AccessKeySecret SecurityToken; do
  value="$(grep -oE "\"$field\":\"[^\"]+\"" "$CREDENTIALS_FILE" | sed -E 's/.*:"([^"]+)"/\1/')"
  [[ -n "$value" ]] || fail "no $field in $CREDENTIALS_FILE"
  if grep -q -F "$value" "$LOGS/app.out" "$LOGS/emulator.log" "$LOGS/emulator.out"; then
    fail "an unmasked $field appears in the output"
  fi
done

printf '\nMAIN JOB PASSED: DEVCRED001+DEVCRED002 failed the build, dotnet format fixed it, the fixed app used the STS credential STS.****%s (expires %s) served by %s\n' \
  "$served_tail" "$served_expiration" "$URI"
