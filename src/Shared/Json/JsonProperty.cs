namespace Provisioning.Json;

/// <summary>One <c>"name": value</c> pair of a JSON object.</summary>
internal sealed class JsonProperty
{
    /// <summary>Creates a property.</summary>
    public JsonProperty(JsonStringNode name, JsonNode value)
    {
        NameNode = name;
        Value = value;
    }

    /// <summary>The name as written, with its place (the quotes included).</summary>
    public JsonStringNode NameNode { get; }

    /// <summary>The name.</summary>
    public string Name => NameNode.Value;

    /// <summary>The value.</summary>
    public JsonNode Value { get; }
}
