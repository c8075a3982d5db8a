namespace Provisioning.Json;

/// <summary>The outcome of reading JSON text: the root value, or the first syntax error.</summary>
internal sealed class JsonParseResult
{
    private JsonParseResult(JsonNode? root, JsonSyntaxError? error)
    {
        Root = root;
        Error = error;
    }

    /// <summary>The root value; null when <see cref="Error"/> is set.</summary>
    public JsonNode? Root { get; }

    /// <summary>The first syntax error; null when the text was read.</summary>
    public JsonSyntaxError? Error { get; }

    /// <summary>True when the text was read.</summary>
    public bool Success => Error is null;

    internal static JsonParseResult Ok(JsonNode root) => new(root, null);

    internal static JsonParseResult Fail(JsonSyntaxError error) => new(null, error);
}
