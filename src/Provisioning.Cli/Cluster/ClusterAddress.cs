using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Provisioning.Cli.Loading;
using Provisioning.Text;

namespace Provisioning.Cli.Cluster;

/// <summary>
/// Where <c>--cluster</c> points: the gateways of the silos and the cluster's ids. Given as gateway endpoints
/// (<c>host:port[,host:port…]</c>, with Orleans' default ids) or as a JSON file
/// <c>{ "clusterId": "…", "serviceId": "…", "gateways": ["host:port", …] }</c>.
/// </summary>
/// <param name="ClusterId">The cluster's id (Orleans' <c>ClusterOptions.ClusterId</c>).</param>
/// <param name="ServiceId">The service's id (Orleans' <c>ClusterOptions.ServiceId</c>).</param>
/// <param name="Gateways">The silos' gateway endpoints, at least one.</param>
internal sealed record ClusterAddress(string ClusterId, string ServiceId, IReadOnlyList<IPEndPoint> Gateways)
{
    /// <summary>Orleans' default cluster and service id, used with endpoints given on the command line.</summary>
    public const string DefaultId = "default";

    private const string Usage = "pass the silos' gateways as --cluster host:port[,host:port], or a JSON file "
        + "{ \"clusterId\": \"…\", \"serviceId\": \"…\", \"gateways\": [\"host:port\"] }";

    /// <summary>Reads <paramref name="text"/>: a JSON file's path (ending in .json) or endpoints.</summary>
    public static (ClusterAddress? Address, CommandFailure? Failure) Parse(string text)
    {
        var given = text.Trim();
        var shown = EchoedText.Inline(given);
        if (given.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FromFile(given, shown);
        }

        var (gateways, problem) = Endpoints(given.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return gateways is null
            ? (null, CommandFailure.Usage($"--cluster {shown}: {problem}; {Usage}."))
            : (new ClusterAddress(DefaultId, DefaultId, gateways), null);
    }

    private static (ClusterAddress?, CommandFailure?) FromFile(string path, string shown)
    {
        string json;
        try
        {
            json = File.ReadAllText(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, CommandFailure.Usage($"--cluster {shown}: the file cannot be read ({EchoedText.OneLine(e.Message, 200)}); {Usage}."));
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("gateways", out var list) || list.ValueKind != JsonValueKind.Array
                || list.EnumerateArray().Any(g => g.ValueKind != JsonValueKind.String))
            {
                return (null, CommandFailure.Usage($"--cluster {shown}: the file has no \"gateways\" array of \"host:port\" texts; {Usage}."));
            }

            var (gateways, problem) = Endpoints(list.EnumerateArray().Select(g => g.GetString()!.Trim()).ToArray());
            if (gateways is null)
            {
                return (null, CommandFailure.Usage($"--cluster {shown}: {problem}; {Usage}."));
            }

            return (new ClusterAddress(Id(root, "clusterId"), Id(root, "serviceId"), gateways), null);
        }
        catch (JsonException e)
        {
            return (null, CommandFailure.Usage($"--cluster {shown}: not JSON ({EchoedText.OneLine(e.Message, 200)}); {Usage}."));
        }
    }

    private static string Id(JsonElement root, string name) =>
        root.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : DefaultId;

    private static (IReadOnlyList<IPEndPoint>?, string? Problem) Endpoints(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return (null, "no gateway given");
        }

        var endpoints = new List<IPEndPoint>(texts.Count);
        foreach (var text in texts)
        {
            var colon = text.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                return (null, $"{EchoedText.Inline(text)} is not host:port (a port from 1 to 65535)");
            }

            var host = text[..colon].Trim('[', ']');
            if (IPAddress.TryParse(host, out var address))
            {
                endpoints.Add(new IPEndPoint(address, port));
                continue;
            }

            try
            {
                var addresses = Dns.GetHostAddresses(host);
                var chosen = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
                if (chosen is null)
                {
                    return (null, $"the host {EchoedText.Inline(host)} has no address");
                }

                endpoints.Add(new IPEndPoint(chosen, port));
            }
            catch (Exception e) when (e is SocketException or ArgumentException)
            {
                return (null, $"the host {EchoedText.Inline(host)} cannot be resolved ({EchoedText.OneLine(e.Message, 120)})");
            }
        }

        return (endpoints, null);
    }
}
