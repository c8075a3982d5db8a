using Microsoft.Extensions.Logging;
using Provisioning.Execution;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>What the session logs about removals.</summary>
internal static partial class RemovalLog
{
    [LoggerMessage(EventId = 80, Level = LogLevel.Information, Message = "{Symbol}: removal of {Target} from {Source} {Status}; plan: {Plan}; kept: {Kept}")]
    public static partial void Done(ILogger logger, string symbol, string target, ProvisionSource source, RemovalStatus status, string plan, string kept);

    [LoggerMessage(EventId = 81, Level = LogLevel.Warning, Message = "{Symbol}: removal of {Target} from {Source} {Status}, session unchanged: {Reason}")]
    public static partial void NotDone(ILogger logger, string symbol, string target, ProvisionSource source, RemovalStatus status, string reason);

    [LoggerMessage(EventId = 82, Level = LogLevel.Warning, Message = "{Symbol}: unsubscribing the {Interval} stream after a removal failed; its bars now go unrouted")]
    public static partial void UnsubscribeFailed(ILogger logger, string symbol, string interval, System.Exception exception);
}
