namespace Provisioning.Data.Sample;

/// <summary>One symbol of the sample data and the character of its random walk.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="StartPrice">The close before the first day bar.</param>
/// <param name="DailyVolatility">The standard deviation of a day's log return (0.02 is 2%).</param>
/// <param name="DailyVolume">The typical shares traded in a day.</param>
internal sealed record SampleSymbol(string Symbol, double StartPrice, double DailyVolatility, double DailyVolume);
