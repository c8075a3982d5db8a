namespace Provisioning.Requirements;

/// <summary>Adds bars of one interval for a symbol, with trading days of history and, unless historical only, a live stream.</summary>
/// <param name="Symbol">The symbol as given.</param>
/// <param name="Interval">The interval as given ("5m", "5min").</param>
/// <param name="Days">Trading days (sessions) of history to load; 0 for none.</param>
/// <param name="HistoricalOnly">True to load history without streaming during the session.</param>
/// <param name="Source">Who asks.</param>
internal sealed record BarRequest(string Symbol, string Interval, int Days = 0, bool HistoricalOnly = false, ProvisionSource Source = ProvisionSource.Adhoc)
    : ProvisioningRequest(Symbol, Source)
{
    /// <inheritdoc />
    public override OperationType Operation => OperationType.Bar;
}
