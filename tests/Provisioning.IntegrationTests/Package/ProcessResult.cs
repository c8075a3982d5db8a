namespace Provisioning.IntegrationTests.Package;

/// <summary>How a <c>dotnet</c> process ended and what it printed (standard output and error together).</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output)
{
    public override string ToString() => $"{Command}\nexit {ExitCode}\n{Output}";
}
