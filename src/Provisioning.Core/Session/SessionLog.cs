using System;
using Microsoft.Extensions.Logging;
using Provisioning.Execution;
using Provisioning.Intervals;
using Provisioning.Requirements;
using Provisioning.Steps;

namespace Provisioning.Session;

/// <summary>The session's log events: requirements, plans, each step's outcome and the result of every addition.</summary>
internal static partial class SessionLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Symbol}: {Operation} from {Source}: {Reason}")]
    public static partial void Requirements(ILogger logger, string symbol, OperationType operation, ProvisionSource source, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Symbol}: {Operation} from {Source} rejected: {Errors}")]
    public static partial void Rejected(ILogger logger, string symbol, OperationType operation, ProvisionSource source, string errors);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Symbol}: plan (steps: {StepCount}): {Plan}")]
    public static partial void Plan(ILogger logger, string symbol, int stepCount, string plan);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Symbol}: {Step} {Status} in {DurationMs:0.0} ms: {Message}")]
    public static partial void Step(ILogger logger, string symbol, string step, StepStatus status, double durationMs, string? message);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Symbol}: {Step} failed: {Message}")]
    public static partial void StepFailed(ILogger logger, string symbol, string step, string? message);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "{Symbol}: {Operation} from {Source} {Status} in {DurationMs:0.0} ms")]
    public static partial void Completed(ILogger logger, string symbol, OperationType operation, ProvisionSource source, AdditionStatus status, double durationMs);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "{Symbol}: {Operation} from {Source} {Status}, session unchanged: {Reason}")]
    public static partial void Failed(ILogger logger, string symbol, OperationType operation, ProvisionSource source, AdditionStatus status, string? reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Pre-session provisioning on {Exchange}; config symbols: {SymbolCount}")]
    public static partial void PreSessionStarting(ILogger logger, int symbolCount, string exchange);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Pre-session provisioning done in {DurationMs:0} ms; additions succeeded: {Succeeded}, did not: {NotSucceeded}")]
    public static partial void PreSessionDone(ILogger logger, int succeeded, int notSucceeded, double durationMs);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Session stream ended at {ClockUtc:u}; symbols: {Symbols}, unrouted bars: {Unrouted}")]
    public static partial void StreamEnded(ILogger logger, DateTime clockUtc, int symbols, long unrouted);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "{Symbol}: the addition threw; the session is unchanged and keeps running")]
    public static partial void AdditionThrew(ILogger logger, string symbol, Exception exception);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "{Symbol}: the observer threw in {Callback}; the session goes on")]
    public static partial void ObserverThrew(ILogger logger, string callback, string symbol, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "{Symbol}: a subscriber of its {Interval} bars (an indicator) threw on the bar of {BarStartUtc:u}; the bar is kept, the other intervals got it, and the session goes on")]
    public static partial void DeliveryFailed(ILogger logger, string symbol, Interval interval, DateTime barStartUtc, Exception exception);

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "{Symbol}: {Operation} from {Source} stands with less history than expected: {Reason}")]
    public static partial void PartialHistory(ILogger logger, string symbol, OperationType operation, ProvisionSource source, string? reason);
}
