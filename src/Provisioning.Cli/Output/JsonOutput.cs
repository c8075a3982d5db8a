using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Provisioning.Steps;

namespace Provisioning.Cli.Output;

/// <summary>The JSON the commands print with <c>--json</c>: camelCase keys, enums and intervals as text, UTC instants in ISO 8601.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new IntervalJsonConverter() },
    };

    /// <summary>Writes <paramref name="report"/> as one JSON document and a newline.</summary>
    public static void Write<T>(TextWriter output, T report)
    {
        output.WriteLine(JsonSerializer.Serialize(report, Options));
        output.Flush();
    }

    /// <summary>A step as an object: its type name, its one-line description, and its fields.</summary>
    public static JsonObject Step(ProvisioningStep step)
    {
        var fields = JsonSerializer.SerializeToNode(step, step.GetType(), Options) as JsonObject ?? new JsonObject();
        var result = new JsonObject
        {
            ["type"] = step.GetType().Name,
            ["description"] = step.Describe(),
        };
        foreach (var (name, value) in fields)
        {
            result[name] = value?.DeepClone();
        }

        return result;
    }
}
