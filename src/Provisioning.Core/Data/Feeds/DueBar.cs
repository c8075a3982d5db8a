namespace Provisioning.Data.Feeds;

/// <summary>A bar due to be written, with its end (UTC ticks) and the order it was collected in, which keeps ties stable.</summary>
internal readonly record struct DueBar(long EndTicks, int Sequence, FeedBar Bar);
