using System;

namespace Provisioning.Indicators.BuiltIn;

/// <summary>Bounds shared by the built-in indicators' parameters.</summary>
internal static class IndicatorLimits
{
    /// <summary>
    /// The longest window a built-in accepts (bars). Windows are allocated up front, so the bound keeps a mistyped
    /// period from allocating gigabytes; a year of one-minute bars is about 98,000.
    /// </summary>
    public const int MaxPeriod = 100_000;

    internal static void CheckPeriod(int period, string name)
    {
        if (period < 1 || period > MaxPeriod)
        {
            throw new ArgumentOutOfRangeException(name, period, $"{name} must be between 1 and {MaxPeriod}.");
        }
    }
}
