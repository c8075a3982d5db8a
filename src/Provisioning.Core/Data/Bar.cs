using System;
using System.Runtime.InteropServices;

namespace Provisioning.Data;

/// <summary>
/// One OHLCV bar. <see cref="Start"/> is the UTC instant the bar opens; the bar covers [Start, Start + interval),
/// cut at the session close on short days. Volume is a double so that share, contract and fractional volumes fit.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct Bar(DateTime Start, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>(High + Low + Close) / 3, the input of VWAP and other typical-price indicators.</summary>
    public double TypicalPrice => (High + Low + Close) / 3.0;
}
