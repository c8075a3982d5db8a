using System;
using Microsoft.Extensions.Logging;
using Provisioning.Execution;
using Provisioning.Intervals;

namespace Provisioning.Strategies;

/// <summary>The log events of the session's strategies.</summary>
internal static partial class StrategyLog
{
    [LoggerMessage(EventId = 60, Level = LogLevel.Error, Message = "{Strategy}: {Callback} threw; the session and the other strategies go on")]
    public static partial void CallbackThrew(ILogger logger, string strategy, StrategyCallback callback, Exception exception);

    [LoggerMessage(EventId = 61, Level = LogLevel.Error, Message = "{Strategy}: OnBar threw on the {Interval} bar of {Symbol} at {BarStartUtc:u}; the session and the other strategies go on")]
    public static partial void BarCallbackThrew(ILogger logger, string strategy, string symbol, Interval interval, DateTime barStartUtc, Exception exception);

    [LoggerMessage(EventId = 62, Level = LogLevel.Information, Message = "{Strategy}: started on {SymbolCount} symbols")]
    public static partial void Started(ILogger logger, string strategy, int symbolCount);

    [LoggerMessage(EventId = 63, Level = LogLevel.Information, Message = "{Strategy}: {Symbol} {Interval} bars join its callbacks after {AskedAtUtc:u}")]
    public static partial void Joined(ILogger logger, string strategy, string symbol, Interval interval, DateTime askedAtUtc);

    [LoggerMessage(EventId = 64, Level = LogLevel.Error, Message = "{Strategy}: an addition it asked for threw; its series do not join")]
    public static partial void AdditionThrew(ILogger logger, string strategy, Exception exception);
}
