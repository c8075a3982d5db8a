using System;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Provisioning.Hosting;

/// <summary>Fails the host's start when the live feed's options cannot be used, saying what to write instead.</summary>
internal sealed class LiveFeedOptionsValidator : IValidateOptions<LiveFeedOptions>
{
    public ValidateOptionsResult Validate(string? name, LiveFeedOptions options) =>
        options.BarCloseGrace < TimeSpan.Zero
            ? ValidateOptionsResult.Fail(
                "LiveFeed:BarCloseGrace: " + options.BarCloseGrace.ToString("c", CultureInfo.InvariantCulture)
                + " is negative; the grace is how long after a base bar's end the session waits for it before closing the derived bars that end there, so write zero or more, such as "
                + LiveFeedOptions.DefaultBarCloseGrace.ToString("c", CultureInfo.InvariantCulture) + ".")
            : ValidateOptionsResult.Success;
}
