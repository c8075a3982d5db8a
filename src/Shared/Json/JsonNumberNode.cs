namespace Provisioning.Json;

/// <summary>A JSON number.</summary>
internal sealed class JsonNumberNode : JsonNode
{
    /// <summary>Creates a number node.</summary>
    public JsonNumberNode(JsonSpan span, double value, string text)
        : base(span)
    {
        Value = value;
        Text = text;
    }

    /// <inheritdoc />
    public override JsonNodeKind Kind => JsonNodeKind.Number;

    /// <summary>The value (the nearest double).</summary>
    public double Value { get; }

    /// <summary>The number as written ("20", "2.5", "1e3").</summary>
    public string Text { get; }

    /// <summary>True when the value is a whole number that fits an <see cref="int"/> ("20", "2.0", "1e3").</summary>
    public bool IsInt32 => Value == System.Math.Floor(Value) && Value >= int.MinValue && Value <= int.MaxValue;
}
