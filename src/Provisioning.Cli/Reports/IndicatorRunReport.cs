using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Cli.Reports;

/// <summary>An indicator at the close, as JSON; <see cref="Value"/> is null until it is ready.</summary>
internal sealed record IndicatorRunReport(string Key, ProvisionSource AddedBy, bool Ready, double? Value)
{
    public static IndicatorRunReport From(RegisteredIndicator registered)
    {
        var indicator = registered.Indicator;
        var ready = indicator.IsReady;
        return new IndicatorRunReport(registered.Spec.Key, registered.AddedBy, ready, ready && double.IsFinite(indicator.Value) ? indicator.Value : null);
    }
}
