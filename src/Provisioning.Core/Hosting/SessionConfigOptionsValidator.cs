using System.Linq;
using Microsoft.Extensions.Options;
using Provisioning.Config;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Hosting;

/// <summary>
/// Fails the host's start with every error of the session config, each with its key ("historical.trailingDays: …"):
/// first what the binder found wrong in the configuration, else what the shared rules find in the options object.
/// </summary>
internal sealed class SessionConfigOptionsValidator : IValidateOptions<SessionConfig>
{
    private readonly SessionConfigValidationContext _context;

    public SessionConfigOptionsValidator(IndicatorCatalog catalog)
    {
        _context = SessionConfigBinder.Context(catalog);
    }

    public ValidateOptionsResult Validate(string? name, SessionConfig options)
    {
        var errors = options.BindingErrors.Count > 0 ? options.BindingErrors : SessionConfigResolver.Resolve(options, _context).Errors.ToArray();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }
}
