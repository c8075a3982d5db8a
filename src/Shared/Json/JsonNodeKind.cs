namespace Provisioning.Json;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
internal enum JsonNodeKind
{
    /// <summary>An object: <c>{ "key": value, ... }</c>.</summary>
    Object,

    /// <summary>An array: <c>[ value, ... ]</c>.</summary>
    Array,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
