using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Provisioning.Cli.Loading;
using Provisioning.Cli.Sample;
using Provisioning.Config;
using Provisioning.Indicators.__Internals;
using Provisioning.Json;

namespace Provisioning.IntegrationTests.Config;

/// <summary>
/// Seeded mutations of the demo session.json (the one `provision sample-data` writes) go through the build, the CLI's
/// loader and a host binding it from configuration: the build and the CLI must accept or refuse alike and put the first
/// error at the same line and column, and a host must decide alike and, when it accepts, resolve the same values as
/// the resolver on the text. The decisions on the cases that used to differ are
/// in <see cref="ConfigDriftCaseTests"/>.
/// </summary>
public sealed class ConfigRuleSetPropertyTests
{
    private const int Seed = 13;
    private const int Cases = 10_000;

    private static readonly string[] Tokens =
    {
        "\"1m\"", "\"5m\"", "\"60m\"", "\"1h\"", "\"1d\"", "\"90s\"", "\"7x\"", "\"AAPL\"", "\"aapl\"", "\"XNYS\"", "\"xnys\"", "\"sma\"",
        "2.0", "0", "-1", "1e3", "2.5", "1e400", "true", "false", "null", "[]", "{}", "\"\"", "\"a\u2028b\"", "\"a\u0085b\"",
        ",", ":", "[", "]", "{", "}", "// c\u2028x\n", "// c\u0085x\n", "/* c\u2028 */", "\u2028", "\u0085", "\n",
    };

    private static readonly string[] Numbers = { "2.0", "0", "-1", "1e3", "2.5", "1e400", "1" };

    private static readonly char[] Characters = "\"{}[],:/*. 0123456789aAmdhsx-\n\u2028\u0085\u2029".ToCharArray();

    [Fact]
    public void Ten_thousand_mutated_configs_are_decided_alike_by_the_build_the_CLI_and_the_runtime()
    {
        var seed = SampleConfig.Text;
        var values = ValueSpans(seed);
        var random = new Random(Seed);
        var loader = new SessionInputLoader(IndicatorCatalog.Default);
        var accepted = 0;
        var hostChecked = 0;
        for (var n = 0; n < Cases; n++)
        {
            var text = Mutate(seed, values, random);
            var build = ConfigReaders.Build(text);

            var cli = loader.TryLoadConfigText("session.json", "/session.json", text, out _, out var failure)
                ? ConfigOutcome.Accept
                : ConfigReaders.FromCli(failure);

            // The build places issues with Roslyn's SourceText lines, the CLI with the JSON reader's line map.
            Assert.True(build.SameAs(cli), $"case {n}: build {build}, CLI {cli}\n{Show(text)}");

            // Configuration keeps every value as a string and its keys without case, so a host can only be held to the
            // same decision where that loses nothing: a config the build accepts, or one refused for what a string keeps.
            if (build.Accepted || RefusedForWhatConfigurationKeeps(text))
            {
                hostChecked++;
                var host = ConfigReaders.Host(text, out var fromHost);
                Assert.True(build.Accepted == host.Accepted, $"case {n}: build {build}, host {host}\n{Show(text)}");
                if (build.Accepted)
                {
                    // Accepted alike is not enough: the host, binding strings from configuration, must resolve the same values.
                    Assert.Equal(SessionConfig.ResolveJson(text, ConfigReaders.Context), fromHost);
                }
            }

            accepted += build.Accepted ? 1 : 0;
        }

        // The mutations reach both outcomes in numbers, so agreement is not all on one side.
        Assert.InRange(accepted, Cases / 20, Cases - (Cases / 20));
        Assert.True(hostChecked > Cases / 10, $"host checked {hostChecked}");
    }

    // Refused for something other than a JSON type or a key's spelling, which configuration does not keep.
    private static bool RefusedForWhatConfigurationKeeps(string text)
    {
        var issues = SessionConfigValidator.Validate(text, ConfigReaders.Context).Issues.Where(i => i.Severity == ConfigIssueSeverity.Error).ToArray();
        return issues.Length > 0
            && issues.All(i => i.Kind is not (ConfigIssueKind.WrongType or ConfigIssueKind.UnknownKey or ConfigIssueKind.Syntax or ConfigIssueKind.DuplicateKey))
            && !text.Contains('\u2028') && !text.Contains('\u2029') && !text.Contains('\u0085');
    }

    private static string Mutate(string seed, IReadOnlyList<(int Start, int Length)> values, Random random)
    {
        var text = seed;
        var count = 1 + random.Next(3);
        for (var m = 0; m < count; m++)
        {
            var kind = random.Next(9);
            var at = random.Next(text.Length + 1);
            switch (kind)
            {
                case 0:
                    text = text.Insert(at, Characters[random.Next(Characters.Length)].ToString());
                    break;
                case 1 when at < text.Length:
                    text = text.Remove(at, 1);
                    break;
                case 2 when at < text.Length:
                    text = text.Remove(at, 1).Insert(at, Characters[random.Next(Characters.Length)].ToString());
                    break;
                case 3:
                    text = text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 4 when m == 0:
                    text = SwapValues(seed, values, random);
                    break;
                case 5 when m == 0:
                    text = ReplaceValue(seed, values[random.Next(values.Count)], Numbers[random.Next(Numbers.Length)]);
                    break;
                case 6 when m == 0:
                    text = ReplaceValue(seed, values[random.Next(values.Count)], Tokens[random.Next(Tokens.Length)]);
                    break;
                case 7 when at < text.Length:
                    var length = Math.Min(text.Length - at, 1 + random.Next(8));
                    var part = text.Substring(at, length);
                    text = text.Remove(at, length).Insert(at, random.Next(2) == 0 ? part.ToUpperInvariant() : part.ToLowerInvariant());
                    break;
                default:
                    // Delete a whole token-sized run, as a careless edit does.
                    if (at < text.Length)
                    {
                        text = text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(6)));
                    }

                    break;
            }
        }

        return text;
    }

    private static string SwapValues(string seed, IReadOnlyList<(int Start, int Length)> values, Random random)
    {
        var a = values[random.Next(values.Count)];
        var b = values[random.Next(values.Count)];
        if (a.Start == b.Start || Overlap(a, b))
        {
            return seed;
        }

        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var firstText = seed.Substring(first.Start, first.Length);
        var secondText = seed.Substring(second.Start, second.Length);
        return seed[..first.Start] + secondText + seed[(first.Start + first.Length)..second.Start] + firstText + seed[(second.Start + second.Length)..];
    }

    private static bool Overlap((int Start, int Length) a, (int Start, int Length) b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static string ReplaceValue(string seed, (int Start, int Length) value, string replacement) =>
        seed[..value.Start] + replacement + seed[(value.Start + value.Length)..];

    // The spans of the seed's leaf values and arrays (the values a swap or a replacement exchanges).
    private static List<(int Start, int Length)> ValueSpans(string seed)
    {
        var spans = new List<(int, int)>();
        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObjectNode obj:
                    foreach (var property in obj.Properties)
                    {
                        Walk(property.Value);
                    }

                    break;
                case JsonArrayNode array:
                    spans.Add((array.Span.Start, array.Span.Length));
                    foreach (var item in array.Items)
                    {
                        Walk(item);
                    }

                    break;
                default:
                    spans.Add((node.Span.Start, node.Span.Length));
                    break;
            }
        }

        Walk(JsonDocumentParser.Parse(seed).Root!);
        return spans;
    }

    private static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text)
        {
            shown.Append(c is '\u2028' or '\u2029' or '\u0085' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return shown.ToString();
    }
}
