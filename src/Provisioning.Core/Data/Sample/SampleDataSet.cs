using System;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;

namespace Provisioning.Data.Sample;

/// <summary>
/// What the sample data holds: day bars over <see cref="DaysFrom"/>..<see cref="MinutesTo"/> and one-minute bars over
/// <see cref="MinutesFrom"/>..<see cref="MinutesTo"/> for each symbol, from a seeded random walk.
/// </summary>
internal sealed record SampleDataSet
{
    /// <summary>
    /// The default set: AAPL, MSFT, SPY and NVDA for strategies, AMD and PLTR for a scanner to find; day bars from
    /// 2023-01-03, one-minute bars for November and December 2024 (Thanksgiving week with the 13:00 close on
    /// 2024-11-29, and the 13:00 close on 2024-12-24). Inside the sample session's history window (it replays
    /// 2024-11-29), MSFT splits 2-for-1 and AAPL pays a 0.25 dividend, both with the ex-date 2024-11-27.
    /// </summary>
    public static SampleDataSet Default { get; } = new()
    {
        Seed = 20241129,
        Symbols = EquatableArray<SampleSymbol>.Of(
            new SampleSymbol("AAPL", 125.0, 0.016, 60_000_000)
            {
                Actions = EquatableArray<CorporateAction>.Of(new CorporateAction(new DateOnly(2024, 11, 27), CorporateActionKind.Dividend, 0.25)),
                ActionsAsCsv = true,
            },
            new SampleSymbol("MSFT", 240.0, 0.015, 25_000_000)
            {
                Actions = EquatableArray<CorporateAction>.Of(new CorporateAction(new DateOnly(2024, 11, 27), CorporateActionKind.Split, 2)),
            },
            new SampleSymbol("SPY", 380.0, 0.009, 75_000_000),
            new SampleSymbol("NVDA", 14.6, 0.032, 400_000_000),
            new SampleSymbol("AMD", 64.0, 0.028, 50_000_000),
            new SampleSymbol("PLTR", 6.5, 0.038, 45_000_000)),
        DaysFrom = new DateOnly(2023, 1, 3),
        MinutesFrom = new DateOnly(2024, 11, 1),
        MinutesTo = new DateOnly(2024, 12, 31),
    };

    /// <summary>The seed of the random walk.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The symbols.</summary>
    public required EquatableArray<SampleSymbol> Symbols { get; init; }

    /// <summary>The first date of day bars.</summary>
    public required DateOnly DaysFrom { get; init; }

    /// <summary>The first date of one-minute bars (day bars from here on are built from them).</summary>
    public required DateOnly MinutesFrom { get; init; }

    /// <summary>The last date of both.</summary>
    public required DateOnly MinutesTo { get; init; }
}
