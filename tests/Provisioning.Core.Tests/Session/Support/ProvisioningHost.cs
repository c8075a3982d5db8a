using System;
using System.IO;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Provisioning.Hosting;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>The services of a host that calls <c>AddProvisioning</c> on a one-symbol config, then configures the builder.</summary>
internal static class ProvisioningHost
{
    public static ServiceProvider Build(Action<ProvisioningBuilder> configure)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""{ "symbols": ["AAPL"], "streams": ["1m", "1d"] }""")))
            .Build();
        var services = new ServiceCollection();
        configure(services.AddProvisioning(configuration));
        return services.BuildServiceProvider();
    }
}
