using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Provisioning.Intervals;

namespace Provisioning.Cli.Output;

/// <summary>Writes an <see cref="Interval"/> as its canonical text ("5m") and reads it back.</summary>
internal sealed class IntervalJsonConverter : JsonConverter<Interval>
{
    public override Interval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = IntervalParser.Parse(reader.GetString());
        return parsed.Success ? parsed.Interval : throw new JsonException(parsed.Reason);
    }

    public override void Write(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
