using System;
using Provisioning.Intervals;

namespace Provisioning.Session;

/// <summary>
/// A subscriber (an indicator) threw while a live bar was delivered to one of a symbol's intervals. The bar was still
/// appended and delivered to the symbol's other intervals; the session reports the fault and keeps running.
/// </summary>
internal sealed class BarDeliveryException(string symbol, Interval interval, DateTime barStartUtc, Exception inner)
    : Exception($"{symbol}: a subscriber of its {interval} bars threw on the bar of {barStartUtc:u}.", inner)
{
    public string Symbol { get; } = symbol;

    public Interval Interval { get; } = interval;

    public DateTime BarStartUtc { get; } = barStartUtc;
}
