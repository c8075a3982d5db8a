using System;
using System.Globalization;
using Provisioning.Data.CorporateActions;
using Provisioning.Intervals;
using Provisioning.State;
using Provisioning.Text;

namespace Provisioning.Steps;

/// <summary>Loads stored bars of a base interval for [FromUtc, ToUtc) into a symbol's series.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Interval">The stored (base) interval that is read.</param>
/// <param name="FromUtc">The first instant to load, inclusive.</param>
/// <param name="ToUtc">The last instant to load, exclusive (the session clock for mid-session additions).</param>
/// <param name="Bars">The number of bars of <paramref name="Interval"/> the range is expected to hold.</param>
/// <param name="TradingDays">The number of sessions the range touches.</param>
/// <param name="Normalization">How the bars are adjusted for corporate actions, as of the session date.</param>
internal sealed partial record LoadHistorical(
    string Symbol, Interval Interval, DateTime FromUtc, DateTime ToUtc, int Bars, int TradingDays, NormalizationMode Normalization = NormalizationMode.Raw)
    : ProvisioningStep(Symbol)
{
    /// <inheritdoc />
    public override string Describe() =>
        $"load {CountText.Of(Bars, "historical " + Interval + " bar", "historical " + Interval + " bars")} for {Symbol} over "
        + CountText.Of(TradingDays, "trading day", "trading days")
        + string.Create(CultureInfo.InvariantCulture, $" ({FromUtc:yyyy-MM-dd HH:mm}Z .. {ToUtc:yyyy-MM-dd HH:mm}Z)")
        + (Normalization == NormalizationMode.Raw ? string.Empty : ", " + Normalization);

    /// <inheritdoc />
    public override SessionStateSnapshot Project(SessionStateSnapshot state) =>
        StateProjection.Change(state, Symbol, symbol => StateProjection.ChangeSeries(
            symbol, Interval, series => series with { Loaded = StateProjection.Union(series.Loaded, FromUtc, ToUtc) }));
}
