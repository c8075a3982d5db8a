namespace Provisioning.Session;

/// <summary>
/// Adds the built-in indicators to a session by their typed parameters, for example
/// <c>session.AddSmaAsync("AAPL", period: 20, interval: "5m")</c>. The generator writes one method per built-in indicator.
/// </summary>
public static partial class BuiltInIndicatorExtensions
{
}
