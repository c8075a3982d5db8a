using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Provisioning.Benchmarks.Burst;
using Provisioning.Benchmarks.Infrastructure;

namespace Provisioning.Benchmarks;

/// <summary>
/// Runs the benchmarks with BenchmarkDotNet's usual arguments (<c>--filter *Aggregation*</c>, <c>--job short</c>, ...),
/// or every benchmark once in-process with <c>--smoke</c> (CI), which fails when a benchmark fails; <c>--burst-phases
/// [rounds]</c> splits the mid-session burst by phase (<see cref="BurstPhaseDriver"/>; with <c>--smoke</c>, small and once).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Contains(BurstPhaseDriver.Switch))
        {
            if (args.Contains(SmokeMode.Switch))
            {
                SmokeMode.Enable();
            }

            var rounds = args.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, SmokeMode.IsOn ? 1 : 7);
            return BurstPhaseDriver.RunAsync(rounds).GetAwaiter().GetResult();
        }

        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (!args.Contains(SmokeMode.Switch))
        {
            switcher.Run(args);
            return 0;
        }

        SmokeMode.Enable();
        var summaries = switcher.Run(SmokeMode.Arguments(args), SmokeMode.Config()).ToList();
        var problems = SmokeMode.Problems(summaries);
        SmokeMode.DeleteArtifacts();
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("smoke: " + problem);
        }

        Console.WriteLine(problems.Count == 0
            ? $"smoke: {summaries.Sum(s => s.BenchmarksCases.Length)} benchmarks ran once."
            : $"smoke: {problems.Count} problem(s).");
        return problems.Count == 0 ? 0 : 1;
    }
}
