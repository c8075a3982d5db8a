#!/usr/bin/env bash
# Measures the generator and analyzers inside a real build (docs/benchmarks.md, figure 6a): packs Provisioning.Core
# (built in Release) into a local feed, creates a fresh consumer project with the README's example (one custom
# indicator, one strategy), builds it WARM times (5) to warm the compiler server, then makes a one-line edit and rebuilds RUNS
# times with -p:ReportAnalyzer=true. Prints, per build, the Csc task's time, every analyzer's and generator's total as
# the compiler reports them, Provisioning's share of each, and the medians. Everything goes to a temporary folder
# (deleted at the end unless KEEP=1).
#
# The compiler server is used whatever the environment says (this machine sets UseSharedCompilation=false, so every
# compile is a new csc process that loads and JIT-compiles every analyzer: SERVER=0 measures that instead). A server
# this script started is stopped at the end, by its process id.
#
#   tests/Provisioning.Benchmarks/Generator/consumer-build.sh            # five measured builds
#   RUNS=9 KEEP=1 tests/Provisioning.Benchmarks/Generator/consumer-build.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
runs="${RUNS:-5}"
root="$(mktemp -d "${TMPDIR:-/tmp}/provisioning-consumer-build.XXXXXX")"
feed="$root/feed"
consumer="$root/consumer"
version="0.1.0-bench.$(date +%s)"
export NUGET_PACKAGES="$root/nuget-packages"
machine_packages="${HOME}/.nuget/packages"
trap '[[ "${KEEP:-0}" == 1 ]] && echo "kept $root" || rm -rf "$root"' EXIT
mkdir -p "$feed" "$consumer"

dotnet pack "$repo/src/Provisioning.Core/Provisioning.Core.csproj" -c Release --no-build -o "$feed" \
  -p:PackageVersion="$version" -p:NuspecOutputPath="$root/nuspec/" -nologo -v:q >/dev/null

cat >"$consumer/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><add key="provisioning-under-test" value="$feed" /></packageSources>
  <fallbackPackageFolders><add key="machine-packages" value="$machine_packages" /></fallbackPackageFolders>
</configuration>
EOF
for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' >"$consumer/$f"; done
cat >"$consumer/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Provisioning" Version="$version" />
  </ItemGroup>
</Project>
EOF
# The README's example, as written there.
cat >"$consumer/Example.cs" <<'EOF'
using System.Collections.Generic;
using Provisioning.Attributes;
using Provisioning.Data;
using Provisioning.Indicators;
using Provisioning.Indicators.BuiltIn;
using Provisioning.Strategies;

[Indicator("relvol", Input = PriceInput.Volume)]
public sealed partial class RelativeVolume([Parameter(Min = 2, Max = 500)] int period) : IIndicator
{
    private readonly Queue<double> _window = new();
    private double _sum, _value = double.NaN;
    public static int WarmupBars(int period) => period + 1;
    public bool IsReady => _window.Count == period && !double.IsNaN(_value);
    public double Value => IsReady ? _value : double.NaN;
    public void Update(in Bar bar)
    {
        if (_window.Count == period) { _value = bar.Volume / (_sum / period); _sum -= _window.Dequeue(); }
        _window.Enqueue(bar.Volume); _sum += bar.Volume;
    }
    public void Reset() { _window.Clear(); _sum = 0; _value = double.NaN; }
}

[Bars("1m", Base = true)] [Bars("5m", HistoricalDays = 2)]
[UsesIndicator<Sma>("5m", 20)] [UsesIndicator<RelativeVolume>("5m", 12)]
public sealed partial class MeanReversion : Strategy { }
EOF
write_program() {
  cat >"$consumer/Program.cs" <<EOF
Console.WriteLine(RelativeVolume.Spec(period: 12).On("5m").Key + " $1");
EOF
}
write_program 0

if [[ "${SERVER:-1}" == 1 ]]; then shared=true; else shared=false; fi
servers_before=" $(pgrep -d ' ' -f 'bincore/VBCSCompiler' || true) "
stop_new_server() {
  for pid in $(pgrep -f 'bincore/VBCSCompiler' || true); do
    [[ "$servers_before" == *" $pid "* ]] || kill "$pid" 2>/dev/null || true
  done
}
trap 'stop_new_server; [[ "${KEEP:-0}" == 1 ]] && echo "kept $root" || rm -rf "$root"' EXIT

cd "$consumer"
dotnet restore -nologo -v:q >/dev/null
for warm in $(seq 1 "${WARM:-5}"); do
  write_program "warm$warm"
  dotnet build --no-restore -nologo -v:q -p:UseSharedCompilation=$shared >/dev/null
done

# Sums the "Total … execution time" lines the compiler prints and the Csc task's time, from one -v:d log.
read_times() {
  awk '
    /Total analyzer execution time:/ { a += $(NF-1) }
    /Total generator execution time:/ { g += $(NF-1) }
    /^ +[0-9.]+ ms +Csc +[0-9]+ calls/ { csc = $1 / 1000 }
    END { printf "%.3f %.3f %.3f\n", csc, a, g }' "$1"
}

printf '%-4s %10s %12s %12s %14s %14s\n' run csc_s analyzers_s generators_s prov_analyz_s prov_gen_s
for i in $(seq 1 "$runs"); do
  write_program "$i"
  log="$root/build-$i.log"
  dotnet build --no-restore -nologo -v:d -p:UseSharedCompilation=$shared -p:ReportAnalyzer=true -clp:PerformanceSummary >"$log"
  read -r csc analyzers generators < <(read_times "$log")
  # The per-assembly lines ("   0.123   12   Provisioning.Generators, Version=...") under each total; "<0.001" is 0.
  prov_an=$(awk '/Total analyzer execution time/{s="a"} /Total generator execution time/{s="g"} s=="a" && /Provisioning.Generators,/{print $1; exit}' "$log" | sed 's/<0.001/0/')
  prov_gen=$(awk '/Total generator execution time/{s="g"} s=="g" && /Provisioning.Generators,/{print $1; exit}' "$log" | sed 's/<0.001/0/')
  grep -q 'CompilerServer: server' "$log" || [[ "$shared" == false ]] || echo "warning: build $i did not use the compiler server" >&2
  printf '%-4s %10s %12s %12s %14s %14s\n' "$i" "$csc" "$analyzers" "$generators" "${prov_an:-?}" "${prov_gen:-?}"
done | tee "$root/results.txt"

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for col in 2 3 4 5 6; do
  name=$(echo "run csc_s analyzers_s generators_s prov_analyz_s prov_gen_s" | cut -d' ' -f"$col")
  echo "median $name: $(awk -v c="$col" '{print $c}' "$root/results.txt" | median)"
done
# Provisioning's generator and analyzers over the whole compile, per build, then their median.
echo "median (prov_analyz_s + prov_gen_s) / csc_s: $(awk '$2 > 0 {print ($5 + $6) / $2}' "$root/results.txt" | median)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
