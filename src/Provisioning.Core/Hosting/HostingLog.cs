using Microsoft.Extensions.Logging;

namespace Provisioning.Hosting;

/// <summary>What the hosted session logs about its run (event ids 60–69).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 60, Level = LogLevel.Information, Message = "Provisioning session ready: {Succeeded} of {Total} additions before the open succeeded ({Strategies} strategies)")]
    public static partial void Ready(ILogger logger, int succeeded, int total, int strategies);

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning, Message = "Provisioning session starts without {Symbol} {Key}: {Status}: {Reason}")]
    public static partial void NotReady(ILogger logger, string symbol, string key, string status, string reason);

    [LoggerMessage(EventId = 62, Level = LogLevel.Information, Message = "Provisioning session ended: {Symbols} symbols, {Bars} bars in the session's series")]
    public static partial void Ended(ILogger logger, int symbols, long bars);

    [LoggerMessage(EventId = 63, Level = LogLevel.Information, Message = "Provisioning session stopped with the host")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 69, Level = LogLevel.Error, Message = "Reloading the changed session config threw; the session keeps the config it has")]
    public static partial void ReloadFailed(ILogger logger, System.Exception exception);
}
