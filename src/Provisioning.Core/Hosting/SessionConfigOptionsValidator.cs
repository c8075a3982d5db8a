using System.Linq;
using Microsoft.Extensions.Options;
using Provisioning.Config;

namespace Provisioning.Hosting;

/// <summary>Fails the host's start with every error of the bound session config, each with its path ("streams[1]: …").</summary>
internal sealed class SessionConfigOptionsValidator : IValidateOptions<SessionConfig>
{
    public ValidateOptionsResult Validate(string? name, SessionConfig options)
    {
        var resolved = options.Resolve();
        return resolved.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(resolved.Errors.Select(e => $"{e.Path}: {e.Message}"));
    }
}
