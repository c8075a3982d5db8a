using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.IntegrationTests.Package;

/// <summary>
/// Runs the real <c>dotnet</c> CLI as a child process, as a package consumer would: no build servers or node reuse
/// (nothing is left running, and nothing holds the output pipes), and none of the MSBuild variables the test host
/// inherits from <c>dotnet test</c>.
/// </summary>
internal static class Dotnet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private static readonly string[] InheritedMsBuildVariables =
    [
        "MSBUILD_EXE_PATH",
        "MSBuildExtensionsPath",
        "MSBuildSDKsPath",
        "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE",
        "_MSBUILDTLENABLED",
    ];

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>.</summary>
    public static Task<ProcessResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProgramAsync(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", workingDirectory, environment, arguments);

    /// <summary>Runs <paramref name="program"/> (such as an installed tool) with <paramref name="arguments"/>.</summary>
    public static async Task<ProcessResult> RunProgramAsync(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var shownName = program.EndsWith("dotnet", StringComparison.Ordinal) || program.EndsWith("dotnet.exe", StringComparison.Ordinal) ? "dotnet" : program;
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Append(output, $"(killed after {Timeout.TotalMinutes} minutes)");
            return new ProcessResult(shownName + " " + string.Join(" ", arguments), -1, Text(output));
        }

        return new ProcessResult(shownName + " " + string.Join(" ", arguments), process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
