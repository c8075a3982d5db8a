namespace Provisioning.Data.Feeds;

/// <summary>
/// A bar due to be written, with its end (UTC ticks), the order it was collected in (which keeps ties stable) and the
/// subscription it came from (null for a bar read back from the channel).
/// </summary>
internal readonly record struct DueBar(long EndTicks, int Sequence, FeedBar Bar, ReplayStream? Source = null);
