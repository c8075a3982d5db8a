namespace Provisioning.Sample;

/// <summary>
/// A strategy's needs, declared where a reader looks for them. The generator turns these attributes into
/// <c>MeanReversion.DeclaredManifest</c>, which the session provisions for every symbol in one call; the analyzers
/// check them at build time (a "7x" interval or a 15m bar with no base to build it from is a build error).
/// </summary>
[Bars("1m", Base = true)]
[Bars("5m", HistoricalDays = 2)]
[UsesIndicator<Sma>("5m", 20)]
[UsesIndicator<BollingerBands>("5m", 20, 2.0)]
[UsesIndicator<RelativeVolume>("5m", 12)]
public sealed partial class MeanReversion : Strategy
{
}
