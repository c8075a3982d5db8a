using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Provisioning.Calendar.Loading;

/// <summary>
/// Finds where a JSON path (<c>$.holidays[2].date</c>) is written in a document, so an error found after parsing can name
/// its line. <see cref="JsonDocument"/> keeps no positions; this re-reads the bytes once, only when there is an error.
/// </summary>
internal static class JsonLineLocator
{
    /// <summary>The 1-based line of the property or value at <paramref name="path"/>; null when the path is not in the document.</summary>
    public static int? LineOf(ReadOnlySpan<byte> json, string path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var frames = new List<Frame>();
        var text = new StringBuilder();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Property = reader.GetString() };
                        if (PathOf(frames, text) == path)
                        {
                            return LineAt(json, reader.TokenStartIndex);
                        }

                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                }

                // A value (or the start of one): an array element takes the next index.
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }

                if ((frames.Count == 0 || frames[^1].IsArray) && PathOf(frames, text) == path)
                {
                    return LineAt(json, reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (JsonException)
        {
            // A document that does not parse has no positions to give past the error.
        }

        return null;
    }

    private static string PathOf(List<Frame> frames, StringBuilder text)
    {
        text.Clear().Append('$');
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                text.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Property is not null)
            {
                text.Append('.').Append(frame.Property);
            }
        }

        return text.ToString();
    }

    private static int LineAt(ReadOnlySpan<byte> json, long offset)
    {
        var line = 1;
        foreach (var b in json[..(int)offset])
        {
            if (b == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property);
}
