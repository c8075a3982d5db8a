using System;
using Microsoft.Extensions.Logging;

namespace Provisioning.Session;

/// <summary>What the session logs about config reloads (event ids 90–99).</summary>
internal static partial class ReloadLog
{
    [LoggerMessage(EventId = 90, Level = LogLevel.Information, Message = "Session config reloaded: {Added} symbols added, {Kept} kept, {Released} released; {Summary}")]
    public static partial void Applied(ILogger logger, int added, int kept, int released, string summary);

    [LoggerMessage(EventId = 91, Level = LogLevel.Warning, Message = "Session config reload refused; the session keeps its config: {Errors}")]
    public static partial void Refused(ILogger logger, string errors);

    [LoggerMessage(EventId = 92, Level = LogLevel.Error, Message = "A listener of config reloads threw; the session goes on")]
    public static partial void ListenerFailed(ILogger logger, Exception exception);
}
