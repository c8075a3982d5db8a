using System.Collections.Generic;

namespace Provisioning.Json;

/// <summary>A JSON array.</summary>
internal sealed class JsonArrayNode : JsonNode
{
    /// <summary>Creates an array node.</summary>
    public JsonArrayNode(JsonSpan span, IReadOnlyList<JsonNode> items)
        : base(span)
    {
        Items = items;
    }

    /// <inheritdoc />
    public override JsonNodeKind Kind => JsonNodeKind.Array;

    /// <summary>The items in text order.</summary>
    public IReadOnlyList<JsonNode> Items { get; }
}
