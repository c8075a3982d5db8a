using System;
using System.Collections.Generic;

namespace Provisioning.Execution;

/// <summary>
/// The services the steps of one addition see through <see cref="Dispatch.StepContext"/>: the session's own (its
/// transaction, data store, feed, catalog, observer) and then the host's, for handlers of user-defined steps.
/// </summary>
internal sealed class StepServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];
    private readonly IServiceProvider? _host;

    public StepServices(IServiceProvider? host)
    {
        _host = host;
    }

    public StepServices Add<TService>(TService service)
        where TService : class
    {
        _services[typeof(TService)] = service;
        return this;
    }

    public object? GetService(Type serviceType) =>
        _services.TryGetValue(serviceType, out var service) ? service : _host?.GetService(serviceType);
}
