using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Cli.Loading;

/// <summary>
/// Builds an author's project with <c>dotnet build</c> (Release) and returns its output assembly. The build sees none of
/// the MSBuild variables this process may have inherited (from <c>dotnet run</c> or a test host), which would point
/// it at another SDK's build.
/// </summary>
internal static class ProjectBuild
{
    private static readonly string[] InheritedMsBuildVariables =
    [
        "MSBUILD_EXE_PATH",
        "MSBuildExtensionsPath",
        "MSBuildSDKsPath",
        "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE",
        "_MSBUILDTLENABLED",
    ];

    /// <summary>The assembly path, or the build's error lines when it failed.</summary>
    public static async Task<(string? AssemblyPath, string? Errors)> BuildAsync(string projectPath, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(projectPath)!,
        };
        foreach (var argument in new[] { "build", projectPath, "-c", "Release", "-nologo", "-t:Build", "-getProperty:TargetPath", "--disable-build-servers" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var standardOutput = Lines(await output.ConfigureAwait(false));
        var lines = standardOutput.Concat(Lines(await error.ConfigureAwait(false))).ToArray();
        // -getProperty prints the property as the last line of standard output once the build succeeded.
        if (process.ExitCode == 0 && standardOutput.Length > 0 && File.Exists(standardOutput[^1]))
        {
            return (standardOutput[^1], null);
        }

        // The errors, once each (MSBuild repeats them), at most ten.
        var errors = lines.Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(10).ToArray();
        var shown = new StringBuilder();
        foreach (var line in errors.Length > 0 ? errors : lines.TakeLast(10))
        {
            shown.Append(Environment.NewLine).Append("  ").Append(Text.EchoedText.OneLine(line, 400));
        }

        return (null, shown.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
