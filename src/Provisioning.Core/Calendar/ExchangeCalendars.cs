using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using Provisioning.Calendar.Loading;
using Provisioning.Text;

namespace Provisioning.Calendar;

/// <summary>
/// The exchange calendars by name: the shipped ones (XNYS, XLON, XTKS, CMES, 24/7 and 24/5, each built once on first use
/// from its embedded definition) and the ones an author adds from a definition file (docs/calendars.md) with
/// <see cref="Register(string)"/>. Calendars are immutable and shared.
/// </summary>
public static class ExchangeCalendars
{
    /// <summary>How many calendars may be registered besides the shipped ones: enough for any session, a bound for a loop gone wrong.</summary>
    public const int MaxRegistered = 64;

    private static readonly Dictionary<string, Lazy<RuleBasedTradingCalendar>> Shipped = new(StringComparer.OrdinalIgnoreCase)
    {
        ["XNYS"] = Embedded("xnys"),
        ["XLON"] = Embedded("xlon"),
        ["XTKS"] = Embedded("xtks"),
        ["CMES"] = Embedded("cmes"),
        ["24/7"] = Embedded("always-open"),
        ["24/5"] = Embedded("weekdays-around-the-clock"),
    };

    private static readonly CalendarRegistry Registered = new(MaxRegistered, Shipped.Keys);

    /// <summary>The New York Stock Exchange calendar (1990-01-01..2035-12-31).</summary>
    public static ITradingCalendar Xnys => Shipped["XNYS"].Value;

    /// <summary>The names of the shipped calendars, in the order above.</summary>
    public static IReadOnlyList<string> ShippedExchanges { get; } = ["XNYS", "XLON", "XTKS", "CMES", "24/7", "24/5"];

    /// <summary>The names of every calendar <see cref="TryGet"/> knows: the shipped ones, then the registered ones in name order.</summary>
    public static IReadOnlyList<string> Known
    {
        get
        {
            return [.. ShippedExchanges, .. Registered.Names];
        }
    }

    /// <summary>The calendar named <paramref name="mic"/> (case-insensitive), shipped or registered; false when there is none.</summary>
    public static bool TryGet(string? mic, [NotNullWhen(true)] out ITradingCalendar? calendar)
    {
        var name = mic?.Trim() ?? string.Empty;
        if (Shipped.TryGetValue(name, out var shipped))
        {
            calendar = shipped.Value;
            return true;
        }

        if (Registered.TryGet(name, out var registered))
        {
            calendar = registered;
            return true;
        }

        calendar = null;
        return false;
    }

    /// <summary>The calendar named <paramref name="mic"/>.</summary>
    /// <exception cref="KeyNotFoundException">No calendar has that name; the message lists the known ones.</exception>
    public static ITradingCalendar Get(string mic) => TryGet(mic, out var calendar)
        ? calendar
        : throw new KeyNotFoundException($"No exchange calendar is named {EchoedText.Quote(mic)}; the known ones are {string.Join(", ", Known)}. Register a definition file to add one.");

    /// <summary>
    /// Reads the definition file at <paramref name="path"/> and registers its calendar under the file's <c>exchange</c>
    /// name, replacing an earlier registration of that name. Returns the calendar.
    /// </summary>
    /// <exception cref="CalendarDefinitionException">The file cannot be read, is not a valid definition, names a shipped exchange, or the registry is full.</exception>
    public static ITradingCalendar Register(string path)
    {
        var calendar = LoadFile(path);
        Registered.Add(calendar, path);
        return calendar;
    }

    /// <summary>Reads a definition from <paramref name="json"/> and registers it as <see cref="Register(string)"/> does; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="CalendarDefinitionException">The stream is not a valid definition, names a shipped exchange, or the registry is full.</exception>
    public static ITradingCalendar Register(Stream json, string sourceName)
    {
        var calendar = (RuleBasedTradingCalendar)Load(json, sourceName);
        Registered.Add(calendar, sourceName);
        return calendar;
    }

    /// <summary>Reads the definition file at <paramref name="path"/> into a calendar without registering it.</summary>
    /// <exception cref="CalendarDefinitionException">The file cannot be read or is not a valid definition.</exception>
    public static ITradingCalendar Load(string path) => LoadFile(path);

    /// <summary>Reads a definition from <paramref name="json"/> into a calendar without registering it.</summary>
    /// <exception cref="CalendarDefinitionException">The stream is not a valid definition.</exception>
    public static ITradingCalendar Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Build(ReadAll(json, sourceName), sourceName);
    }

    /// <summary>
    /// The calendar a configuration names: a calendar name (<c>"XLON"</c>), or a definition file (a value ending in
    /// <c>.json</c>, relative to <paramref name="baseDirectory"/>), which is loaded and registered. False with a message
    /// that says what to fix otherwise. For session configs and the CLI.
    /// </summary>
    internal static bool TryResolve(string? exchangeOrFile, string? baseDirectory, [NotNullWhen(true)] out ITradingCalendar? calendar, [NotNullWhen(false)] out string? error)
    {
        calendar = null;
        var value = exchangeOrFile?.Trim() ?? string.Empty;
        if (value.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                calendar = Register(Path.GetFullPath(value, baseDirectory ?? Directory.GetCurrentDirectory()));
                error = null;
                return true;
            }
            catch (CalendarDefinitionException e)
            {
                error = e.Message;
                return false;
            }
        }

        if (TryGet(value, out calendar))
        {
            error = null;
            return true;
        }

        error = $"No exchange calendar is named {EchoedText.Quote(value)}; the known ones are {string.Join(", ", Known)}, or name a definition file (*.json).";
        return false;
    }

    private static RuleBasedTradingCalendar LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Build(ReadAll(stream, path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CalendarDefinitionException($"{EchoedText.OneLine(path)}: the calendar definition cannot be read ({EchoedText.OneLine(e.Message)}).", path, innerException: e);
        }
    }

    private static byte[] ReadAll(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > ExchangeDefinitionReader.MaxBytes)
            {
                throw new CalendarDefinitionException(
                    $"{EchoedText.OneLine(sourceName)}: a calendar definition is at most {ExchangeDefinitionReader.MaxBytes} bytes; is this the right file?", sourceName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static RuleBasedTradingCalendar Build(byte[] json, string sourceName)
    {
        var definition = ExchangeDefinitionReader.Read(json, sourceName);
        try
        {
            return new RuleBasedTradingCalendar(definition);
        }
        catch (ArgumentException e)
        {
            throw new CalendarDefinitionException($"{EchoedText.OneLine(sourceName)}: {EchoedText.OneLine(e.Message)}", sourceName, innerException: e);
        }
    }

    private static Lazy<RuleBasedTradingCalendar> Embedded(string name) => new(() =>
    {
        var resource = $"Provisioning.Calendar.Exchanges.{name}.json";
        using var stream = typeof(ExchangeCalendars).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The shipped calendar resource {resource} is missing from the assembly.");
        return Build(ReadAll(stream, resource), resource);
    });
}
