using System.Globalization;
using Microsoft.Extensions.Options;

namespace Provisioning.Hosting;

/// <summary>Fails the host's start when the history-load minimum cannot be used, saying what to write instead.</summary>
internal sealed class HistoryLoadOptionsValidator : IValidateOptions<HistoryLoadOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryLoadOptions options) =>
        Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;

    /// <summary>What is wrong with <paramref name="options"/>; null when they can be used.</summary>
    public static string? Problem(HistoryLoadOptions options) =>
        options.MinimumLoadedFraction is >= 0 and <= 1
            ? null
            : "HistoryLoad:MinimumLoadedFraction: " + options.MinimumLoadedFraction.ToString("R", CultureInfo.InvariantCulture)
              + " is not a fraction of the expected history; write a number from 0 (accept any history) to 1 (every bar), such as "
              + HistoryLoadOptions.DefaultMinimumLoadedFraction.ToString("0.0#", CultureInfo.InvariantCulture) + ".";
}
