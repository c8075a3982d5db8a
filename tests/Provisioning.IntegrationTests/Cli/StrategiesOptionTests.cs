using System;
using System.IO;
using System.Linq;
using Provisioning.Calendar;
using Provisioning.Data.Sample;
using Provisioning.Strategies;

namespace Provisioning.IntegrationTests.Cli;

/// <summary>
/// <c>--strategies PATH</c>: a real project of an author's (an indicator and a strategy), written and compiled here
/// against the Core and generator this test run built, then loaded by <c>plan</c>, <c>validate</c> and <c>run</c>.
/// The tool's indicator catalog is the process's, so one test walks through the commands in order: the config names
/// the author's indicator, which is unknown until the assembly is loaded.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class StrategiesOptionTests(SampleDataFixture sample)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private const string Config = """
        {
          "symbols": ["AAPL"],
          "streams": ["1m"],
          "indicators": [ { "name": "cli_last_close", "interval": "5m", "parameters": { "period": 1 } } ]
        }
        """;

    private const string Authored = """
        using Provisioning.Data;
        using Provisioning.Indicators;
        using Provisioning.Strategies;

        namespace CliAuthored;

        [Indicator("cli_last_close")]
        public sealed partial class LastClose : IIndicator
        {
            private int _seen;

            public LastClose([Parameter(Min = 1, Max = 10)] int period) => Period = period;

            public int Period { get; }

            public static int WarmupBars(int period) => period;

            public bool IsReady => _seen >= Period;

            public double Value { get; private set; } = double.NaN;

            public void Update(in Bar bar)
            {
                Value = bar.Close;
                _seen++;
            }

            public void Reset()
            {
                _seen = 0;
                Value = double.NaN;
            }
        }

        [Bars("1m", Base = true)]
        [Bars("5m")]
        [UsesIndicator<LastClose>("5m", 2)]
        public sealed partial class CloseWatcher : Strategy
        {
        }
        """;

    [Fact]
    public void Plan_and_validate_know_the_projects_indicator_and_run_provisions_its_strategy()
    {
        var config = sample.WriteConfig(Config);
        var project = WriteProject("CliAuthored", Authored);

        var unknown = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-11-26");
        Assert.True(unknown.ExitCode == 1, unknown.ToString());
        Assert.Contains("cli_last_close", unknown.Output + unknown.Error);

        // A project folder: the tool builds it, then loads its output.
        var plan = CliRun.Of("plan", "--config", config, "--data", sample.DataRoot, "--at", "2024-11-26", "--strategies", project);
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("cli_last_close(1)@5m", plan.Output);

        var assembly = Path.Combine(project, "bin", "Release", "net10.0", "CliAuthored.dll");
        var validate = CliRun.Of("validate", "--config", config, "--data", sample.DataRoot, "--at", "2024-11-26", "--strategies", assembly);
        Assert.True(validate.ExitCode == 0, validate.ToString());

        var run = CliRun.Of("run", "--config", config, "--data", sample.DataRoot, "--date", "2024-11-26", "--strategies", assembly, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = run.Json();
        // The config's symbol and indicator, then CloseWatcher's 1m bars, 5m bars (shown with the 1m base they need) and
        // cli_last_close(2)@5m, from Strategy.
        Assert.Equal(
            new[] { ("symbol AAPL", "Config"), ("cli_last_close(1)@5m", "Config"), ("1m bars", "Strategy"), ("1m, 5m bars", "Strategy"), ("cli_last_close(2)@5m", "Strategy") },
            report.GetProperty("additions").EnumerateArray().Select(a => (a.GetProperty("addition").GetString()!, a.GetProperty("source").GetString()!)).ToArray());
        Assert.All(report.GetProperty("additions").EnumerateArray(), a => Assert.NotEqual("Rejected", a.GetProperty("status").GetString()));

        // Both indicators hold the close of the last 5m bar at the close: that of the 15:59 EST minute (20:59 UTC),
        // taken here from the generated sample minutes, not from the store.
        var aapl = new SampleDataGenerator(ExchangeCalendars.Xnys).Generate().Single(s => s.Symbol == "AAPL");
        var expected = aapl.Minutes.Single(b => b.Start == new DateTime(2024, 11, 26, 20, 59, 0, DateTimeKind.Utc)).Close;
        var indicators = report.GetProperty("symbols").EnumerateArray().Single().GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(["cli_last_close(1)@5m", "cli_last_close(2)@5m"], indicators.Select(i => i.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        Assert.All(indicators, i => Assert.Equal(expected, i.GetProperty("value").GetDouble(), 9));
    }

    [Fact]
    public void Run_provisions_the_samples_strategy_with_its_own_indicator_from_the_samples_assembly()
    {
        var config = sample.WriteConfig("""{ "symbols": ["AAPL", "MSFT"], "streams": ["1m", "1d"] }""");
        var assembly = Path.Combine(RepositoryLayout.Root, "samples", "Provisioning.Sample", "bin", Configuration, "net10.0", "Provisioning.Sample.dll");

        var run = CliRun.Of("run", "--config", config, "--data", sample.DataRoot, "--date", "2024-11-26", "--strategies", assembly, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var fromStrategy = run.Json().GetProperty("additions").EnumerateArray()
            .Where(a => a.GetProperty("source").GetString() == "Strategy")
            .Select(a => (a.GetProperty("symbol").GetString(), a.GetProperty("addition").GetString()))
            .ToArray();
        // relvol is the sample's own indicator: only its assembly declares it.
        Assert.Contains(("AAPL", "relvol(12)@5m"), fromStrategy);
        Assert.Contains(("MSFT", "relvol(12)@5m"), fromStrategy);
    }

    [Fact]
    public void A_bad_strategies_path_is_a_usage_error_that_says_what_to_pass()
    {
        var config = sample.WriteConfig("""{ "symbols": ["AAPL"], "streams": ["1m"] }""");
        var missing = sample.NewPath("nothing-here");
        var notAssembly = sample.NewPath("notes") + ".dll";
        File.WriteAllText(notAssembly, "not an assembly");
        var broken = WriteProject("CliBroken", "public sealed class Broken { public int Value => \"text\"; }");
        var clashing = WriteProject("CliClash", Authored.Replace("\"cli_last_close\"", "\"sma\"", StringComparison.Ordinal).Replace("namespace CliAuthored", "namespace CliClash", StringComparison.Ordinal));

        var runs = new[]
        {
            (Run(config, missing), "no such file or folder"),
            (Run(config, notAssembly), "is not a .NET assembly"),
            // An assembly with no strategy in it: the xUnit assertions.
            (Run(config, typeof(Assert).Assembly.Location), "has no strategy"),
            (Run(config, Path.GetDirectoryName(missing)!), "is a folder without a .csproj"),
            (Run(config, broken), "dotnet build of"),
            // An indicator named like a built-in one: the analyzers fail the project's build, and the tool says so.
            (Run(config, clashing), "error PRV0005: Indicator name \"sma\" is declared by both 'CliClash.LastClose'"),
        };

        foreach (var (run, message) in runs)
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.True(run.Error.Contains(message, StringComparison.Ordinal), message + "\n" + run);
            Assert.False(run.HasStackTrace, run.ToString());
        }

        Assert.Contains("error CS0029", runs[^2].Item1.Error);
    }

    private CliRun Run(string config, string strategies) =>
        CliRun.Of("run", "--config", config, "--data", sample.DataRoot, "--date", "2024-11-26", "--strategies", strategies);

    /// <summary>A project in a folder of its own referencing the Core assembly and the generator of this test run.</summary>
    private string WriteProject(string name, string source)
    {
        var folder = sample.NewPath(name);
        Directory.CreateDirectory(folder);
        var core = typeof(Strategy).Assembly.Location;
        var generator = Path.Combine(RepositoryLayout.Root, "src", "Provisioning.Generators", "bin", Configuration, "netstandard2.0", "Provisioning.Generators.dll");
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Provisioning.Core" HintPath="{core}" />
                <Analyzer Include="{generator}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, name + ".cs"), source);
        return folder;
    }
}
