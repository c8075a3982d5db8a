namespace Provisioning.Metrics;

/// <summary>
/// The name of the <see cref="System.Diagnostics.Metrics.Meter"/> a session reports on: pass it to an exporter
/// (<c>metrics.AddMeter(ProvisioningMeter.Name)</c> with OpenTelemetry, <c>dotnet-counters monitor --counters Provisioning</c>).
/// </summary>
public static class ProvisioningMeter
{
    /// <summary>"Provisioning".</summary>
    public const string Name = "Provisioning";
}
