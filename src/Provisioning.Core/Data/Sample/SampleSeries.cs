namespace Provisioning.Data.Sample;

/// <summary>The generated bars of one symbol.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Minutes">One-minute bars, inside sessions only, in order.</param>
/// <param name="Days">Day bars stamped at each session's open, in order; those of the minute period are built from its minutes.</param>
internal sealed record SampleSeries(string Symbol, Bar[] Minutes, Bar[] Days);
