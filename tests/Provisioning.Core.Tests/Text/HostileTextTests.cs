using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Provisioning.Config;
using Provisioning.Intervals;
using Provisioning.Json;
using Provisioning.Symbols;
using Provisioning.Text;

namespace Provisioning.Core.Tests.Text;

/// <summary>
/// Every reason that echoes a user's text stays one short line whatever the text: generated hostile texts (line and
/// paragraph separators, control and format characters, lone surrogates, quotes, backslashes, 10,000 characters) go
/// through the interval and symbol grammar, the JSON reader, the config validator and the config resolver.
/// </summary>
public sealed class HostileTextTests
{
    // The longest sentence around echoed texts is under 300 characters, and a sentence echoes at most three texts,
    // each at most 64 shown characters, 2 quotes, "..." and " (10,000 characters)": 300 + 3 × 90 = 570.
    private const int MaxReasonLength = 600;

    private static readonly char[] Hostile =
    [
        '\n', '\r', '\t', '\0', '\u0007', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\u202E', '\u200B', '\uFEFF',
        '\uD800', '\uDC00', '"', '\\', '\'', ' ', '5', '1', 'm', 'M', 'h', 'x', 'A', '.', '-', '^', '/', ':', '{', '[', ',',
    ];

    public static IEnumerable<string> HostileTexts()
    {
        yield return "5m\nerror PRV0000: forged";
        yield return "5" + new string('x', 10_000);
        yield return new string('9', 10_000) + "m";
        yield return new string('\n', 10_000);
        yield return "5" + new string('\u2028', 5_000);
        yield return "AAPL\r\nerror PRV0000: forged";

        // Seeded, so a failure names a text that can be run again.
        var random = new Random(12);
        for (var i = 0; i < 400; i++)
        {
            var length = i % 10 == 0 ? random.Next(100, 3_000) : random.Next(0, 40);
            var text = new StringBuilder(length);
            for (var j = 0; j < length; j++)
            {
                text.Append(Hostile[random.Next(Hostile.Length)]);
            }

            yield return text.ToString();
        }
    }

    [Fact]
    public void The_message_of_an_interval_of_10000_characters_is_short()
    {
        var result = IntervalParser.Parse("5" + new string('x', 10_000));

        Assert.False(result.Success);
        Assert.True(result.Reason!.Length <= MaxReasonLength, result.Reason.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("(10,001 characters)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_line_in_an_interval_stays_on_the_line_of_the_reason()
    {
        var result = IntervalParser.Parse("5m\nerror PRV0000: forged");

        Assert.Equal(
            "\"5m\\nerror PRV0000: forged\" has an unknown unit \"m\\nerror PRV0000: forged\": use s (seconds), m (minutes), "
            + "h (hours), d (days) or w (weeks), for example \"5m\".",
            result.Reason);
    }

    [Fact]
    public void Interval_and_symbol_reasons_are_one_short_line_for_hostile_texts()
    {
        foreach (var text in HostileTexts())
        {
            var interval = IntervalParser.Parse(text);
            if (!interval.Success)
            {
                AssertOneShortLine(interval.Reason, text);
            }

            if (!SymbolName.TryNormalize(text, out _, out var reason))
            {
                AssertOneShortLine(reason, text);
            }
        }
    }

    [Fact]
    public void Json_syntax_errors_are_one_short_line_for_hostile_texts()
    {
        foreach (var text in HostileTexts())
        {
            foreach (var document in new[] { text, "{ " + text + " }", "[" + text + "]", "{ \"a\" " + text, "{ " + Json(text) + " " + text })
            {
                var parsed = JsonDocumentParser.Parse(document);
                if (parsed.Error is { } error)
                {
                    AssertOneShortLine(error.Message, text);
                }
            }
        }
    }

    [Fact]
    public void Config_issues_are_one_short_line_for_hostile_texts_wherever_they_are_written()
    {
        var context = new SessionConfigValidationContext(
            [new DeclaredIndicator("sma", [new DeclaredIndicatorParameter("period", 1, 500, isWholeNumber: true, isOptional: false)])],
            ["XNYS"]);
        foreach (var text in HostileTexts())
        {
            var value = Json(text);
            var configs = new[]
            {
                "{ \"derivedIntervals\": [" + value + "] }",
                "{ \"streams\": [" + value + ", " + value + "] }",
                "{ \"symbols\": [" + value + ", " + value + "] }",
                "{ \"exchange\": " + value + " }",
                "{ " + value + ": 1, " + value + ": 2 }",
                "{ \"historical\": { " + value + ": true } }",
                "{ \"indicators\": [ { \"name\": " + value + ", \"interval\": " + value + " } ] }",
                "{ \"indicators\": [ { \"name\": \"sma\", \"interval\": \"5m\", \"parameters\": { " + value + ": 1, " + value + ": 2 } } ] }",
                "{ \"indicators\": [ { \"name\": \"sma\", \"interval\": \"5m\", \"parameters\": { \"period\": " + value + " } } ] }",
            };
            foreach (var config in configs)
            {
                foreach (var issue in SessionConfigValidator.Validate(config, context).Issues)
                {
                    AssertOneShortLine(issue.Message, text);
                }
            }
        }
    }

    [Fact]
    public void Long_numbers_are_clipped_in_config_issues()
    {
        var digits = new string('7', 300);

        var issues = SessionConfigValidator.Validate("{ \"warmupMultiplier\": 0." + digits + ", \"historical\": { \"trailingDays\": " + digits + " } }").Issues;

        Assert.Equal(2, issues.Count);
        Assert.All(issues, issue =>
        {
            AssertOneShortLine(issue.Message, digits);
            Assert.DoesNotContain(new string('7', EchoedText.MaxLength + 1), issue.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Resolver_errors_are_one_short_line_for_hostile_texts()
    {
        foreach (var text in HostileTexts())
        {
            var config = new SessionConfig
            {
                Exchange = text,
                Symbols = [text],
                Streams = [text],
                DerivedIntervals = ["5m", "5min", text],
                Indicators = [new IndicatorConfig { Name = text, Interval = text }],
            };

            foreach (var error in config.Resolve().Errors)
            {
                AssertOneShortLine(error.Message, text);
            }
        }
    }

    private static void AssertOneShortLine(string? message, string input)
    {
        var shown = input.Length > 40 ? input.Substring(0, 40) + "... (" + input.Length + ")" : input;
        var escapedInput = string.Concat(shown.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " "));
        Assert.False(string.IsNullOrEmpty(message), "no message for " + escapedInput);
        Assert.True(message!.Length <= MaxReasonLength, $"{message.Length} characters for input {escapedInput}");
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            var category = char.GetUnicodeCategory(c);
            var lone = (char.IsHighSurrogate(c) && (i + 1 == message.Length || !char.IsLowSurrogate(message[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(message[i - 1])));
            Assert.False(
                category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator || lone,
                $"U+{(int)c:X4} at {i} in a message for input {escapedInput}");
        }
    }

    // The text as a JSON string with every character but ASCII letters and digits written as \uXXXX.
    private static string Json(string text) =>
        "\"" + string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"";
}
