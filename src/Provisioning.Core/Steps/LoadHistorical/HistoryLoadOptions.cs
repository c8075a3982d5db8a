using System.Globalization;

namespace Provisioning.Steps;

/// <summary>
/// How much of the expected history an addition must load. Set it in code
/// (<c>AddProvisioning(…).WithHistoryLoad(o =&gt; o.MinimumLoadedFraction = 0.5)</c>), bind it from configuration
/// (<c>services.Configure&lt;HistoryLoadOptions&gt;(configuration.GetSection("HistoryLoad"))</c>), or pass it to the
/// <see cref="Session.SessionCoordinator"/>; a value outside 0 to 1 fails the host's start with a message.
/// </summary>
public sealed class HistoryLoadOptions
{
    /// <summary>The minimum when none is set: 0.9, nine bars in ten.</summary>
    public const double DefaultMinimumLoadedFraction = 0.9;

    /// <summary>
    /// The fraction of the bars the exchange calendar says a history range holds that the store must return, from 0 to
    /// 1; default <see cref="DefaultMinimumLoadedFraction"/>. A load below it fails its addition, which names the
    /// symbol, interval and counts and leaves the session unchanged; a load at or above it but short of every bar
    /// succeeds with partial history (<c>SucceededWithPartialHistory</c>). Lower it for thinly traded
    /// symbols whose vendor stores no bar for a minute without a trade; 0 accepts any history.
    /// </summary>
    public double MinimumLoadedFraction { get; set; } = DefaultMinimumLoadedFraction;

    /// <summary>What is wrong with these options, saying what to write instead; null when they can be used.</summary>
    internal string? Problem() =>
        MinimumLoadedFraction is >= 0 and <= 1
            ? null
            : "HistoryLoad:MinimumLoadedFraction: " + MinimumLoadedFraction.ToString("R", CultureInfo.InvariantCulture)
              + " is not a fraction of the expected history; write a number from 0 (accept any history) to 1 (every bar), such as "
              + DefaultMinimumLoadedFraction.ToString("0.0#", CultureInfo.InvariantCulture) + ".";
}
