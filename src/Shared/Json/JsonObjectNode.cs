using System;
using System.Collections.Generic;

namespace Provisioning.Json;

/// <summary>A JSON object: its properties in the order they were written, duplicates included.</summary>
internal sealed class JsonObjectNode : JsonNode
{
    /// <summary>Creates an object node.</summary>
    public JsonObjectNode(JsonSpan span, IReadOnlyList<JsonProperty> properties)
        : base(span)
    {
        Properties = properties;
    }

    /// <inheritdoc />
    public override JsonNodeKind Kind => JsonNodeKind.Object;

    /// <summary>The properties in text order.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>The first property named exactly <paramref name="name"/>, or null.</summary>
    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }
}
