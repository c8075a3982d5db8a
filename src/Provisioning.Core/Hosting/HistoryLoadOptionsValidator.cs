using Microsoft.Extensions.Options;
using Provisioning.Steps;

namespace Provisioning.Hosting;

/// <summary>Fails the host's start when the history-load minimum cannot be used, saying what to write instead.</summary>
internal sealed class HistoryLoadOptionsValidator : IValidateOptions<HistoryLoadOptions>
{
    public ValidateOptionsResult Validate(string? name, HistoryLoadOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
