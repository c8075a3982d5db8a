using System;

namespace Provisioning.Json;

/// <summary>
/// Where a piece of JSON text is: its offset and length in UTF-16 characters, and the 1-based line and column of its
/// first character (a tab counts as one column, as compilers count it).
/// </summary>
internal readonly struct JsonSpan : IEquatable<JsonSpan>
{
    /// <summary>Creates a span.</summary>
    public JsonSpan(int start, int length, int line, int column)
    {
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>The offset of the first character, from 0.</summary>
    public int Start { get; }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The line of the first character, from 1.</summary>
    public int Line { get; }

    /// <summary>The column of the first character, from 1.</summary>
    public int Column { get; }

    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <inheritdoc />
    public bool Equals(JsonSpan other) =>
        Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JsonSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (((Start * 31) + Length) * 31 + Line) * 31 + Column;

    /// <inheritdoc />
    public override string ToString() => Line + ":" + Column + " (+" + Length + ")";

    /// <summary>Equality.</summary>
    public static bool operator ==(JsonSpan left, JsonSpan right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(JsonSpan left, JsonSpan right) => !left.Equals(right);
}
