namespace Provisioning.Cli;

/// <summary>The exit codes of the <c>provision</c> command, as its help lists them.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done and nothing is in the way.</summary>
    public const int Ok = 0;

    /// <summary>The config has errors, or Step 0 found something in the way (missing symbol, interval or history).</summary>
    public const int ValidationFailed = 1;

    /// <summary>The command line is wrong: an unknown option, a missing value, a config file or data directory that does not exist.</summary>
    public const int Usage = 2;

    /// <summary>Something went wrong that is not the user's input: a bug, or the machine (disk full, no permission).</summary>
    public const int Unexpected = 3;
}
