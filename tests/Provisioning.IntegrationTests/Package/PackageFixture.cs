using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data.Sample;

namespace Provisioning.IntegrationTests.Package;

/// <summary>
/// Packs Core (already built in this test assembly's configuration) into a local feed with a version no cache has seen,
/// creates a consumer project in a temporary folder whose nuget.config adds that feed, and restores it once. Packages go
/// to a private NuGet folder (deleted afterwards); the machine's package folder is a read-only fallback, so the
/// package's dependencies are not downloaded again.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "provisioning-package-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Consumer = Path.Combine(Root, "consumer");
        Version = "0.1.0-test." + DateTime.UtcNow.Ticks;
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-packages") };
    }

    public string Root { get; }

    public string Feed { get; }

    public string Consumer { get; }

    public string Version { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The repository the packages are packed from.</summary>
    public string Repository { get; private set; } = string.Empty;

    /// <summary>The configuration this test assembly, and so the projects packed, were built in.</summary>
    public static string BuildConfiguration => Configuration;

    /// <summary>The output of <c>dotnet pack</c> of Core (for test messages).</summary>
    public ProcessResult? Pack { get; private set; }

    /// <summary>The output of <c>dotnet pack</c> of the CLI (the <c>provision</c> tool package).</summary>
    public ProcessResult? ToolPack { get; private set; }

    /// <summary>The packed file.</summary>
    public string PackagePath => Path.Combine(Feed, $"Provisioning.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Consumer);
        Repository = RepositoryLayout.Root;
        Pack = await PackAsync("Provisioning.Core");
        if (Pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException("Packing Provisioning.Core failed:\n" + Pack);
        }

        ToolPack = await PackAsync("Provisioning.Cli");

        File.WriteAllText(Path.Combine(Consumer, "nuget.config"), ConsumerFiles.NuGetConfig(Feed, MachinePackageFolder()));
        File.WriteAllText(Path.Combine(Consumer, "Directory.Build.props"), ConsumerFiles.EmptyMsBuildFile);
        File.WriteAllText(Path.Combine(Consumer, "Directory.Build.targets"), ConsumerFiles.EmptyMsBuildFile);
        File.WriteAllText(Path.Combine(Consumer, "Directory.Packages.props"), ConsumerFiles.EmptyMsBuildFile);
        File.WriteAllText(Path.Combine(Consumer, ConsumerFiles.ProjectName + ".csproj"), ConsumerFiles.Project(Version));
        WriteSources();
        var restore = await Dotnet.RunAsync(Consumer, Environment, "restore");
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("Restoring the consumer project failed:\n" + restore);
        }
    }

    /// <summary>The consumer's valid sources, with <paramref name="extra"/> files added (name → text).</summary>
    public void WriteSources(params (string Name, string Text)[] extra)
    {
        foreach (var file in Directory.EnumerateFiles(Consumer, "*.cs").Concat(Directory.EnumerateFiles(Consumer, "*.json")))
        {
            File.Delete(file);
        }

        File.WriteAllText(Path.Combine(Consumer, "Momentum.cs"), ConsumerFiles.Momentum);
        File.WriteAllText(Path.Combine(Consumer, "Program.cs"), ConsumerFiles.Program);
        File.WriteAllText(Path.Combine(Consumer, "session.json"), ConsumerFiles.SessionConfig);
        foreach (var (name, text) in extra)
        {
            File.WriteAllText(Path.Combine(Consumer, name), text);
        }
    }

    /// <summary>
    /// The replay dataset of the session tests under the consumer's <c>data</c> folder, written once: AAPL and MSFT, one-minute
    /// bars from 2024-11-18 to 2024-11-26 (the day replayed) and day bars from 2024-10-01, seeded.
    /// </summary>
    internal async Task<SampleSeries[]> EnsureReplayDataAsync()
    {
        var generator = new SampleDataGenerator(ExchangeCalendars.Xnys, ReplayDataSet);
        await generator.EnsureAsync(Path.Combine(Consumer, "data"));
        return generator.Generate().ToArray();
    }

    private static SampleDataSet ReplayDataSet => SampleDataSet.Default with
    {
        Symbols = EquatableArray<SampleSymbol>.Of(SampleDataSet.Default.Symbols[0], SampleDataSet.Default.Symbols[1]),
        DaysFrom = new DateOnly(2024, 10, 1),
        MinutesFrom = new DateOnly(2024, 11, 18),
        MinutesTo = new DateOnly(2024, 11, 26),
    };

    /// <summary>Installs the packed <c>provision</c> tool into a folder of its own and returns the command's path.</summary>
    public async Task<(ProcessResult Install, string Command)> InstallToolAsync()
    {
        var tools = Path.Combine(Root, "tools");
        var install = await Dotnet.RunAsync(Consumer, Environment, "tool", "install", "Provisioning.Cli", "--tool-path", tools, "--add-source", Feed, "--version", Version);
        return (install, Path.Combine(tools, OperatingSystem.IsWindows() ? "provision.exe" : "provision"));
    }

    /// <summary><c>dotnet build</c> of the consumer as it is now.</summary>
    public Task<ProcessResult> BuildAsync() =>
        Dotnet.RunAsync(Consumer, Environment, "build", "--no-restore", "--disable-build-servers", "-nologo", "-consoleLoggerParameters:NoSummary");

    /// <summary><c>dotnet run</c> of the consumer's last build.</summary>
    public Task<ProcessResult> RunAsync() => Dotnet.RunAsync(Consumer, Environment, "run", "--no-build");

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    // --no-build: the test build built these projects in this configuration; packing only reads bin/ and obj/.
    private Task<ProcessResult> PackAsync(string project) =>
        Dotnet.RunAsync(
            Repository,
            Environment,
            "pack",
            Path.Combine(Repository, "src", project, project + ".csproj"),
            "-c",
            Configuration,
            "--no-build",
            "-o",
            Feed,
            "-p:PackageVersion=" + Version,
            "-p:NuspecOutputPath=" + Path.Combine(Root, "nuspec", project) + Path.DirectorySeparatorChar);


    private static string? MachinePackageFolder()
    {
        var configured = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        var folder = string.IsNullOrEmpty(configured)
            ? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
        return Directory.Exists(folder) ? folder : null;
    }
}
