using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Provisioning.Benchmarks.Infrastructure;

/// <summary>
/// The CI mode (<c>--smoke</c>): every benchmark once, in-process, with a dry job, so the benchmarks keep compiling and
/// running. Nothing is asserted about time. Expensive set-ups shrink (<see cref="IsOn"/>).
/// </summary>
public static class SmokeMode
{
    /// <summary>The command-line switch.</summary>
    public const string Switch = "--smoke";

    /// <summary>The environment variable that tells the benchmarks they run as a smoke test.</summary>
    public const string Variable = "PROVISIONING_BENCHMARKS_SMOKE";

    /// <summary>True in the smoke run: benchmarks with expensive set-ups use smaller inputs.</summary>
    public static bool IsOn => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Turns smoke mode on for this process.</summary>
    public static void Enable() => Environment.SetEnvironmentVariable(Variable, "1");

    private static readonly string ArtifactsPath = Path.Combine(Path.GetTempPath(), "provisioning-benchmarks-smoke");

    /// <summary>Every benchmark once, in this process.</summary>
    public static IConfig Config() =>
        ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddAnalyser([.. DefaultConfig.Instance.GetAnalysers()])
            .AddValidator([.. DefaultConfig.Instance.GetValidators()])
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .WithArtifactsPath(ArtifactsPath)
            .AddLogger(new SmokeLogger())
            .WithOption(ConfigOptions.DisableLogFile, true);

    /// <summary>Deletes what the smoke run left in its artifacts folder (nothing of it is worth keeping).</summary>
    public static void DeleteArtifacts()
    {
        try
        {
            Directory.Delete(ArtifactsPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>The command-line arguments for BenchmarkDotNet: without the switch, and every benchmark unless a filter is given.</summary>
    public static string[] Arguments(IEnumerable<string> args)
    {
        var rest = args.Where(a => a != Switch).ToList();
        if (!rest.Any(a => a is "--filter" or "-f"))
        {
            rest.AddRange(["--filter", "*"]);
        }

        return [.. rest];
    }

    /// <summary>Problems of a smoke run: no benchmark ran, a validation error, or a benchmark that failed.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<Summary> summaries)
    {
        var problems = new List<string>();
        var ran = 0;
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                problems.AddRange(summary.ValidationErrors.Select(e => summary.Title + ": " + e.Message));
            }

            foreach (var benchmark in summary.BenchmarksCases)
            {
                var report = summary[benchmark];
                if (report is null || !report.Success)
                {
                    problems.Add(benchmark.DisplayInfo + " did not run to completion.");
                }
                else
                {
                    ran++;
                }
            }
        }

        if (ran == 0)
        {
            problems.Add("No benchmark ran.");
        }

        return problems;
    }
}
