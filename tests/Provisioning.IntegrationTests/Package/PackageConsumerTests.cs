using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Provisioning.IntegrationTests.Package;

/// <summary>
/// The packed <c>Provisioning</c> package in a fresh project, built and run by the real <c>dotnet</c> CLI. Slow (restore
/// and builds of a project), so one consumer project serves every test; each test writes the files it builds.
/// </summary>
public sealed class PackageConsumerTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _log;

    public PackageConsumerTests(PackageFixture package, ITestOutputHelper log)
    {
        _package = package;
        _log = log;
    }

    [Fact]
    public void The_package_carries_the_library_its_docs_the_analyzers_the_code_fixes_the_props_and_the_readme()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/net10.0/Provisioning.Core.dll", entries);
        Assert.Contains("lib/net10.0/Provisioning.Core.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/Provisioning.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Provisioning.CodeFixes.dll", entries);
        Assert.Contains("build/Provisioning.props", entries);
        Assert.Contains("buildTransitive/Provisioning.props", entries);
        Assert.Contains("build/Provisioning.targets", entries);
        Assert.Contains("buildTransitive/Provisioning.targets", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && e.Contains("Generators", System.StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.GetEntry("Provisioning.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<readme>PACKAGE.md</readme>", text);
        Assert.DoesNotContain("Provisioning.Generators", text);
        Assert.DoesNotContain("Provisioning.CodeFixes", text);
        // The documented session lines use the host, its configuration and container (Host.CreateApplicationBuilder).
        Assert.Contains("id=\"Microsoft.Extensions.Hosting\"", text);
    }

    [Fact]
    public async Task An_indicator_declared_in_the_consumer_gets_its_generated_api_and_runs_and_the_analyzers_load_cleanly()
    {
        _package.WriteSources();

        var build = Logged(await _package.BuildAsync());

        Assert.True(build.ExitCode == 0, build.ToString());
        // CS8032: an analyzer could not be created; CS9057: an analyzer needs a newer compiler; AD0001: an analyzer threw.
        Assert.DoesNotContain("CS8032", build.Output);
        Assert.DoesNotContain("CS9057", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.DoesNotContain("warning PRV", build.Output);

        var run = Logged(await _package.RunAsync());

        Assert.True(run.ExitCode == 0, run.ToString());
        // Momentum(2) warms on period + 1 = 3 bars. On closes 10, 11, 13, 16, 20 its value is the last close minus the
        // close two bars before it: 20 - 13 = 7.
        Assert.Contains("spec momentum(2)@5m warmup 3", run.Output);
        Assert.Contains("created Momentum ready True value 7", run.Output);
    }

    [Fact]
    public async Task An_unsupported_interval_literal_fails_the_build_with_PRV0001_at_the_literal()
    {
        _package.WriteSources(("Bad.cs", ConsumerFiles.BadInterval));

        var build = Logged(await _package.BuildAsync());

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Bad.cs(7,13): error PRV0001", build.Output);
        Assert.DoesNotContain("CS8032", build.Output);
    }

    [Fact]
    public async Task A_session_config_with_a_typo_fails_the_build_with_PRV0008_at_its_line_and_column()
    {
        _package.WriteSources();
        File.WriteAllText(Path.Combine(_package.Consumer, "session.json"), ConsumerFiles.SessionConfigWithMistakes);

        var build = Logged(await _package.BuildAsync());

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("session.json(2,3): error PRV0008: Unknown key \"symbls\"", build.Output);
        // The analyzer checks parameters against the consumer's own declaration ([Parameter(Min = 1)]).
        Assert.Contains("session.json(6,71): error PRV0008", build.Output);
    }

    [Fact]
    public async Task The_cli_packs_as_the_provision_tool_which_installs_and_runs_a_plan_on_the_sample_data()
    {
        Assert.True(_package.ToolPack!.ExitCode == 0, _package.ToolPack.ToString());
        var (install, provision) = await _package.InstallToolAsync();
        Assert.True(Logged(install).ExitCode == 0, install.ToString());

        var demo = Path.Combine(_package.Root, "demo");
        var sample = Logged(await Dotnet.RunProgramAsync(provision, _package.Root, _package.Environment, "sample-data", "--out", demo));
        Assert.True(sample.ExitCode == 0, sample.ToString());

        var plan = Logged(await Dotnet.RunProgramAsync(provision, _package.Root, _package.Environment, "plan", "--config", Path.Combine(demo, "session.json"), "--at", "2024-11-26T09:30"));
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("Nothing is in the way", plan.Output);

        var missing = Logged(await Dotnet.RunProgramAsync(provision, _package.Root, _package.Environment, "validate", "--config", Path.Combine(demo, "nope.json")));
        Assert.Equal(2, missing.ExitCode);
        Assert.DoesNotContain("   at ", missing.Output);
    }

    [Fact]
    public async Task The_cli_runs_from_the_repository_with_dotnet_run()
    {
        var run = Logged(await Dotnet.RunAsync(
            _package.Root,
            _package.Environment,
            "run",
            "--project",
            Path.Combine(_package.Repository, "src", "Provisioning.Cli"),
            "-c",
            PackageFixture.BuildConfiguration,
            "--no-build",
            "--",
            "--help"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("provision [command] [options]", run.Output);
        Assert.Contains("Exit codes:", run.Output);
    }

    [Fact]
    public async Task The_hosted_session_lines_of_both_readmes_build_and_replay_a_day_then_stop()
    {
        var program = SessionLines("hosted");
        await _package.EnsureReplayDataAsync();
        _package.WriteSources(("Program.cs", program), ("MeanReversion.cs", ConsumerFiles.MeanReversion), ("appsettings.json", ConsumerFiles.AppSettings));

        var build = Logged(await _package.BuildAsync());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("warning CS", build.Output);
        var run = Logged(await _package.RunAsync());

        // The host stopped by itself at the close. Before the open: 2 config symbols, the config's momentum(2)@5m for each
        // (2), and MeanReversion's 1m bars, 5m bars and momentum(2)@5m for each (6): 10 additions.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Provisioning session ready: 10 of 10 additions before the open succeeded (1 strategies)", run.Output);
        Assert.Contains("Provisioning session ended: 2 symbols", run.Output);
    }

    [Fact]
    public async Task The_hostless_session_lines_of_both_readmes_build_and_replay_a_day_to_the_indicator_values_at_the_close()
    {
        var program = SessionLines("hostless");
        var data = await _package.EnsureReplayDataAsync();
        _package.WriteSources(("Program.cs", program), ("MeanReversion.cs", ConsumerFiles.MeanReversion));

        var build = Logged(await _package.BuildAsync());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("warning CS", build.Output);
        var run = Logged(await _package.RunAsync());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("10 additions ready before the open", run.Output);
        // Momentum(2) on 5m at the close: the close of the last 5m bar (15:55, closing with the 15:59 minute, 20:59 UTC)
        // minus the close two 5m bars before (15:45, closing with the 15:49 minute, 20:49 UTC), from the generated minutes.
        foreach (var series in data)
        {
            var close = series.Minutes.Single(b => b.Start == new System.DateTime(2024, 11, 26, 20, 59, 0, System.DateTimeKind.Utc)).Close;
            var earlier = series.Minutes.Single(b => b.Start == new System.DateTime(2024, 11, 26, 20, 49, 0, System.DateTimeKind.Utc)).Close;
            Assert.Contains($"{series.Symbol}: momentum(2)@5m = {close - earlier:0.00}", run.Output);
        }
    }

    /// <summary>The session lines marked <paramref name="name"/>: the same in README.md and PACKAGE.md, and at most 15.</summary>
    private string SessionLines(string name)
    {
        var readme = DocSnippets.Read(Path.Combine(_package.Repository, "README.md"), name);
        var package = DocSnippets.Read(Path.Combine(_package.Repository, "src", "Provisioning.Core", "PACKAGE.md"), name);
        Assert.Equal(readme, package);
        Assert.InRange(readme.Length, 1, 15);
        return DocSnippets.Source(readme);
    }

    private ProcessResult Logged(ProcessResult result)
    {
        _log.WriteLine(result.ToString());
        return result;
    }
}
