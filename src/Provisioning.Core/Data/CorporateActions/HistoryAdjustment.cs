using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Provisioning.Collections;

namespace Provisioning.Data.CorporateActions;

/// <summary>
/// Backward adjustment of a symbol's history as of a session date, the usual way: a split of ratio r on ex-date E
/// divides the prices of every bar before E by r and multiplies its volume by r; a cash dividend d on E (mode
/// <see cref="NormalizationMode.Adjusted"/>) multiplies the prices before E by 1 − d / C, C the raw close of the last
/// session before E. Factors compound backwards: a bar is adjusted by every action after its date up to the session
/// date. Bars on or after the last ex-date are unchanged, so history joins the raw live stream without a jump.
/// </summary>
internal sealed class HistoryAdjustment
{
    // Ex-dates ascending, each with the split product and dividend product of it and every later action (suffix products).
    private readonly DateOnly[] _exDates;
    private readonly double[] _splits;
    private readonly double[] _dividends;

    private HistoryAdjustment(NormalizationMode mode, DateOnly asOf, EquatableArray<AppliedAction> actions)
    {
        Mode = mode;
        AsOf = asOf;
        Actions = actions;
        var applied = actions.Where(a => a.Applied).ToArray();
        var dates = applied.Select(a => a.Action.ExDate).Distinct().OrderBy(d => d).ToArray();
        _exDates = dates;
        _splits = new double[dates.Length];
        _dividends = new double[dates.Length];
        double split = 1, dividend = 1;
        for (var i = dates.Length - 1; i >= 0; i--)
        {
            foreach (var action in applied.Where(a => a.Action.ExDate == dates[i]))
            {
                if (action.Action.Kind == CorporateActionKind.Split)
                {
                    split = action.Action.Value * split;
                }
                else
                {
                    dividend = action.PriceFactor * dividend;
                }
            }

            _splits[i] = split;
            _dividends[i] = dividend;
        }
    }

    /// <summary>No adjustment: history as stored.</summary>
    public static HistoryAdjustment None { get; } = new(NormalizationMode.Raw, DateOnly.MinValue, EquatableArray<AppliedAction>.Empty);

    /// <summary>The mode.</summary>
    public NormalizationMode Mode { get; }

    /// <summary>The session date history is adjusted as of: actions with a later ex-date are not known yet.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every action the mode uses with an ex-date on or before <see cref="AsOf"/>, applied or skipped, in ex-date order.</summary>
    public EquatableArray<AppliedAction> Actions { get; }

    /// <summary>True when the adjustment changes some bar.</summary>
    public bool ChangesHistory => _exDates.Length > 0;

    /// <summary>
    /// The adjustment of <paramref name="actions"/> in <paramref name="mode"/> as of <paramref name="asOf"/>.
    /// <paramref name="closeBefore"/> gives the raw close of the last session before a dividend's ex-date (null when the
    /// store has none); a dividend without one, or not below it, is skipped and says why.
    /// </summary>
    public static HistoryAdjustment Create(NormalizationMode mode, DateOnly asOf, IEnumerable<CorporateAction> actions, Func<CorporateAction, double?> closeBefore)
    {
        if (mode == NormalizationMode.Raw)
        {
            return new HistoryAdjustment(mode, asOf, EquatableArray<AppliedAction>.Empty);
        }

        var used = new List<AppliedAction>();
        foreach (var action in actions.Where(a => a.ExDate <= asOf).OrderBy(a => a.ExDate).ThenBy(a => a.Kind))
        {
            if (action.Kind == CorporateActionKind.Split)
            {
                used.Add(new AppliedAction(action, 1 / action.Value, action.Value, null, null));
            }
            else if (mode == NormalizationMode.Adjusted)
            {
                used.Add(Dividend(action, closeBefore(action)));
            }
        }

        return new HistoryAdjustment(mode, asOf, EquatableArray<AppliedAction>.FromOwnedArray(used.ToArray()));
    }

    /// <summary>The dividends the mode uses (for the planner: their factors need the close before each ex-date).</summary>
    public static IEnumerable<CorporateAction> NeedingCloses(NormalizationMode mode, DateOnly asOf, IEnumerable<CorporateAction> actions) =>
        mode == NormalizationMode.Adjusted ? actions.Where(a => a.Kind == CorporateActionKind.Dividend && a.ExDate <= asOf) : [];

    /// <summary>
    /// The first instant of each ex-date's session, ascending, from <paramref name="startOf"/>: a bar starting before
    /// one is before that ex-date (<see cref="Apply(Bar, DateTime[])"/>), whatever the calendar's hours.
    /// </summary>
    public DateTime[] Boundaries(Func<DateOnly, DateTime> startOf) => Array.ConvertAll(_exDates, d => startOf(d));

    /// <summary><paramref name="bar"/> adjusted by the actions whose session starts (<paramref name="boundaries"/>, from <see cref="Boundaries"/>) after it starts.</summary>
    public Bar Apply(Bar bar, DateTime[] boundaries)
    {
        var index = Array.BinarySearch(boundaries, bar.Start);
        var k = index >= 0 ? index + 1 : ~index;
        return k >= boundaries.Length ? bar : Scaled(bar, k);
    }

    // The bar scaled by the factors of every action from the k-th ex-date on.
    private Bar Scaled(Bar bar, int k)
    {
        var split = _splits[k];
        var dividend = _dividends[k];
        return new Bar(
            bar.Start,
            bar.Open / split * dividend,
            bar.High / split * dividend,
            bar.Low / split * dividend,
            bar.Close / split * dividend,
            bar.Volume * split);
    }

    /// <summary>"SplitAdjusted as of 2024-11-29: 10-for-1 split on 2024-06-10", or "Raw".</summary>
    public override string ToString()
    {
        if (Mode == NormalizationMode.Raw)
        {
            return "Raw";
        }

        var head = Mode + " as of " + AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Actions.IsEmpty ? head + ": no action" : head + ": " + string.Join("; ", Actions.Select(Describe));
    }

    /// <summary>One action as a report shows it, with its factor or why it was skipped.</summary>
    public static string Describe(AppliedAction applied) => applied.Skipped is { } why
        ? applied.Action.Describe() + " skipped: " + why
        : applied.Action.Kind == CorporateActionKind.Split
            ? applied.Action.Describe()
            : applied.Action.Describe() + string.Create(CultureInfo.InvariantCulture, $" (factor {applied.PriceFactor:0.######} on a close of {applied.ReferenceClose:0.####})");

    private static AppliedAction Dividend(CorporateAction action, double? close)
    {
        if (close is not { } reference || double.IsNaN(reference) || reference <= 0)
        {
            return new AppliedAction(action, 1, 1, null, "the store has no close before its ex-date, so its factor is unknown; history before it is not dividend-adjusted.");
        }

        if (action.Value >= reference)
        {
            return new AppliedAction(action, 1, 1, reference, string.Create(CultureInfo.InvariantCulture,
                $"it is not below the close of {reference:0.####} before its ex-date (a dividend in other shares or units?); check the table."));
        }

        return new AppliedAction(action, 1 - (action.Value / reference), 1, reference, null);
    }
}
