using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Cli.Running;

/// <summary>
/// Runs one <c>provision run --date D --json</c> process per session, at most <c>workers</c> at a time, and hands back
/// each one's exit code and output. A process is local: the same <c>provision</c> this one is, with the same environment
/// (so the same credentials for an <c>s3://</c> store).
/// </summary>
internal static class ReplayWorkers
{
    /// <summary>The most worker processes at once.</summary>
    public const int MaxWorkers = 64;

    public static async Task<WorkerResult[]> RunAsync(
        IReadOnlyList<DateOnly> dates,
        Func<DateOnly, IReadOnlyList<string>> arguments,
        int workers,
        CancellationToken cancellationToken)
    {
        var results = new WorkerResult[dates.Count];
        var next = -1;
        var runners = new Task[Math.Min(workers, dates.Count)];
        for (var w = 0; w < runners.Length; w++)
        {
            runners[w] = Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < dates.Count; i = Interlocked.Increment(ref next))
                {
                    results[i] = await RunOneAsync(dates[i], arguments(dates[i]), cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken);
        }

        await Task.WhenAll(runners).ConfigureAwait(false);
        return results;
    }

    private static async Task<WorkerResult> RunOneAsync(DateOnly date, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (file, prefix) = Launcher();
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start: " + file);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new WorkerResult(date, process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    /// <summary>How to start another <c>provision</c>: its own app host, or the dotnet host with this assembly.</summary>
    private static (string File, string[] Prefix) Launcher()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var name = Path.GetFileNameWithoutExtension(host);
        if (name.Equals("provision", StringComparison.OrdinalIgnoreCase))
        {
            return (host, []);
        }

        var dotnet = name.Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? host
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        return (dotnet, ["exec", typeof(ReplayWorkers).Assembly.Location]);
    }
}

/// <summary>What one worker process did.</summary>
internal sealed record WorkerResult(DateOnly Date, int ExitCode, string Output, string Error);
