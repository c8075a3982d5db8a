namespace Provisioning.Data.Store;

/// <summary>The placeholder values a <see cref="SegmentMatcher"/> captured from one name; null when not captured.</summary>
/// <param name="Symbol">The <c>{symbol}</c> text.</param>
/// <param name="Interval">The <c>{interval}</c> text.</param>
/// <param name="Year">The <c>{year}</c> text (four digits).</param>
internal readonly record struct SegmentCaptures(string? Symbol, string? Interval, string? Year);
