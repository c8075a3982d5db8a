using Provisioning.Intervals;

namespace Provisioning.Data.Feeds;

/// <summary>A closed base bar of one symbol, as a feed delivers it.</summary>
/// <param name="Symbol">The normalised symbol.</param>
/// <param name="Interval">The base interval of the bar.</param>
/// <param name="Bar">The bar.</param>
public readonly record struct FeedBar(string Symbol, Interval Interval, Bar Bar);
