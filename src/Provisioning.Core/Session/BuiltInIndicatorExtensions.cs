namespace Provisioning.Session;

/// <summary>
/// Adds the built-in indicators to a session by their typed parameters, for example
/// <c>session.AddSmaAsync("AAPL", period: 20, interval: "5m")</c>, and removes them with the same parameters
/// (<c>session.RemoveSmaAsync(…)</c>). The generator writes both methods per built-in indicator.
/// </summary>
public static partial class BuiltInIndicatorExtensions
{
}
