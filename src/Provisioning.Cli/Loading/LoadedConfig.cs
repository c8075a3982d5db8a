using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Config;

namespace Provisioning.Cli.Loading;

/// <summary>A session config read from its file, checked and resolved.</summary>
/// <param name="File">The file as the user named it (used in messages).</param>
/// <param name="FullPath">The file's absolute path.</param>
/// <param name="Config">The resolved, valid config.</param>
/// <param name="Warnings">Issues that do not stop the config from being used (a repeated symbol, "60m" for "1h").</param>
/// <param name="Markets">The calendars the config names: its default exchange's and each symbol's own.</param>
internal sealed record LoadedConfig(string File, string FullPath, ResolvedSessionConfig Config, IReadOnlyList<ReportedIssue> Warnings, SessionMarkets Markets)
{
    /// <summary>The calendar of the config's default exchange.</summary>
    public ITradingCalendar Calendar => Markets.Default;
}
