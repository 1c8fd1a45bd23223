#!/usr/bin/env bash
# Runs the analyzer benchmarks and writes artifacts/benchmarks/ (see docs/performance.md):
#   compare.md                  compiler alone / do-nothing twins / DevCred / Sonar S2068+S6418, one interleaved run
#   literals/                   BenchmarkDotNet: time and allocation per rejected string literal
#   report-analyzer-*.txt       `dotnet build -p:ReportAnalyzer=true` of two consumer projects, analyzer time tables
# FILES (generated files, default 2000) and REPS (repetitions, default 5) shorten or lengthen the compare run;
# STEPS (default "compare profile literals report") picks the steps; profile.md says where DevCred's time goes (each
# action timed per node kind, the rule's code called directly, and what a first type lookup costs a compilation).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$(pwd)
out="$root/artifacts/benchmarks"
mkdir -p "$out"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "== machine" | tee "$out/machine.txt"
{ date -u +%Y-%m-%dT%H:%MZ; echo "nproc $(nproc)"; grep -m1 'model name' /proc/cpuinfo; free -g | awk '/Mem:/ {print "memory " $2 " GiB"}'; dotnet --version; uptime; } | tee -a "$out/machine.txt"

echo "== build"
dotnet build tests/DevCred.Analyzers.Benchmarks -c Release -v:q -nologo
dotnet build src/DevCred.Runtime -c Release -v:q -nologo

steps=" ${STEPS:-compare profile literals report} "

if [[ $steps == *" compare "* ]]; then
  echo "== compare"
  # A 128 MB first-generation budget for the whole process, so that fewer collections pause inside whichever action
  # happens to allocate (the driver counts the pause as that action's time); all configurations run under it alike.
  DOTNET_GCgen0size=0x8000000 dotnet run --no-build -c Release --project tests/DevCred.Analyzers.Benchmarks -- compare --files "${FILES:-2000}" --reps "${REPS:-5}" --out "$out"
fi

if [[ $steps == *" profile "* ]]; then
  echo "== profile"
  dotnet run --no-build -c Release --project tests/DevCred.Analyzers.Benchmarks -- profile --files "${FILES:-2000}" --reps 3 | tee "$out/profile.md"
fi

if [[ $steps == *" literals "* ]]; then
  echo "== literals"
  dotnet run --no-build -c Release --project tests/DevCred.Analyzers.Benchmarks -- literals --out "$out/literals"
fi

# A consumer project outside the repository, built by the SDK's compiler with DevCred's analyzer assembly beside the
# SDK's own analyzers; the table is what `-p:ReportAnalyzer=true -v:d` prints for the Csc task.
report_analyzer() {
  local name=$1; shift
  local dir
  dir=$(mktemp -d)
  local compile=""
  for pattern in "$@"; do
    compile+="    <Compile Include=\"$root/$pattern\" Exclude=\"$root/**/bin/**;$root/**/obj/**\" />"$'\n'
  done
  cat >"$dir/$name.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <NuGetAudit>false</NuGetAudit>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS1591;NU1603</NoWarn>
  </PropertyGroup>
  <ItemGroup>
$compile  </ItemGroup>
  <ItemGroup>
    <Analyzer Include="$root/src/DevCred.Analyzers/bin/Release/netstandard2.0/DevCred.Analyzers.dll" />
    <Reference Include="$root/src/DevCred.Runtime/bin/Release/net8.0/DevCred.Runtime.dll" />
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="8.0.2" />
    <GlobalAnalyzerConfigFiles Include="$dir/devcred.globalconfig" />
  </ItemGroup>
</Project>
PROJECT
  # The samples hold credentials on purpose: report them as warnings so that the build completes.
  printf 'is_global = true\n' >"$dir/devcred.globalconfig"
  for id in 001 002 003 004 005 006 007 008; do
    printf 'dotnet_diagnostic.DEVCRED%s.severity = warning\n' "$id" >>"$dir/devcred.globalconfig"
  done
  local log="$out/report-analyzer-$name.log"
  dotnet build "$dir/$name.csproj" -c Release --no-incremental -p:ReportAnalyzer=true -p:UseSharedCompilation=false \
    -v:d -clp:PerformanceSummary -nologo >"$log" 2>&1 || { echo "build of $name failed, see $log" >&2; return 1; }
  {
    echo "# $name: $*"
    grep -m1 -E "^\s+[0-9]+ ms\s+Csc\s" "$log" | sed 's/^ */Csc task: /'
    # Totals, one row per analyzer or generator assembly, and DevCred's rows per analyzer.
    grep -E "Total (analyzer|generator) execution time|^\s+<?[0-9.]+\s+<?[0-9]+\s+[A-Za-z.]+, Version=|^\s+<?[0-9.]+\s+<?[0-9]+\s+DevCred\." "$log" | sed 's/^ *//'
  } | tee "$out/report-analyzer-$name.txt"
  rm -rf "$dir"
}

if [[ $steps == *" report "* ]]; then
  echo "== ReportAnalyzer"
  report_analyzer SdkFamilies "samples/SdkFamilies/**/*.cs" "samples/SdkStandIns/**/*.cs"
  report_analyzer RuntimeSources "src/DevCred.Runtime/**/*.cs"
fi

echo "Results in $out"
