using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Provisioning.Config;
using Provisioning.Generators.Diagnostics;
using Provisioning.Generators.Tests.Analyzers;
using Provisioning.Generators.Tests.Infrastructure;

namespace Provisioning.Generators.Tests.Diagnostics;

/// <summary>
/// The diagnostics catalogue, read by reflection: one descriptor per id, one default severity, message formats whose
/// fixed text is in the descriptor, and for every id a help page, a release-tracking line and an index entry.
/// </summary>
public sealed partial class DiagnosticCatalogueTests
{
    /// <summary>
    /// Ids whose whole message is one argument, deliberately: the text is the shared interval parser's or config
    /// validator's, which the runtime and the CLI print word for word.
    /// </summary>
    private static readonly string[] WholeMessageIds = ["PRV0001", "PRV0008", "PRV0044"];

    /// <summary>Ids whose message is fixed text with no argument, deliberately. None so far.</summary>
    private static readonly string[] FixedTextIds = [];

    private static readonly DiagnosticDescriptor[] Catalogue = typeof(ProvisioningDiagnostics)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    public static TheoryData<string> Ids() => new(Catalogue.Select(d => d.Id));

    [Fact]
    public void The_catalogue_is_internal_and_has_one_descriptor_per_id_in_order()
    {
        Assert.False(typeof(ProvisioningDiagnostics).IsPublic);
        var ids = Catalogue.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Distinct().Count(), ids.Length);
        Assert.All(ids, id => Assert.Matches("^PRV[0-9]{4}$", id));

        // Ids run from PRV0001 without gaps: a new id continues after the last one.
        Assert.Equal(Enumerable.Range(1, ids.Length).Select(n => "PRV" + n.ToString("0000", CultureInfo.InvariantCulture)), ids.Order());
    }

    [Fact]
    public void Every_id_constant_names_the_descriptor_of_the_same_name()
    {
        // The ids file is compiled into the analyzers and the code fixes; read the analyzers' copy.
        var ids = typeof(ProvisioningDiagnostics).Assembly.GetType("Provisioning.Generators.Diagnostics.DiagnosticIds", throwOnError: true)!;
        var constants = ids.GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        var descriptors = typeof(ProvisioningDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .ToDictionary(f => f.Name, f => ((DiagnosticDescriptor)f.GetValue(null)!).Id);

        Assert.Equal(constants.OrderBy(p => p.Key), descriptors.OrderBy(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_message_format_holds_the_fixed_text_and_numbers_its_placeholders_from_zero(string id)
    {
        var descriptor = Describe(id);
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var placeholders = Placeholder().Matches(format).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
        var fixedText = Placeholder().Replace(format, string.Empty);

        if (Array.IndexOf(WholeMessageIds, id) >= 0)
        {
            Assert.Equal("{0}", format);
            return;
        }

        Assert.True(fixedText.Count(char.IsLetter) >= 10, id + "'s format has no fixed text of its own: " + format);
        Assert.True(placeholders.Length > 0 || Array.IndexOf(FixedTextIds, id) >= 0, id + "'s format has no placeholder: " + format);
        Assert.Equal(Enumerable.Range(0, placeholders.Length), placeholders);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(CultureInfo.InvariantCulture)));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(CultureInfo.InvariantCulture)));
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_help_page_that_its_help_link_points_to(string id)
    {
        var descriptor = Describe(id);
        var page = Path.Combine(RepositoryLayout.Root, "docs", "diagnostics", id + ".md");

        Assert.True(File.Exists(page), "No help page " + page);
        var lines = File.ReadAllLines(page);
        Assert.Equal("# " + id + ": " + descriptor.Title.ToString(CultureInfo.InvariantCulture), lines[0]);
        var severity = descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        Assert.Contains(lines, l => l.StartsWith("**Severity:** " + severity + " · **Category:** " + descriptor.Category, StringComparison.Ordinal));
        foreach (var section in new[] { "## What triggers it", "## Why", "## Example", "## How to fix" })
        {
            Assert.Contains(section, lines);
        }

        Assert.Equal(ProvisioningDiagnostics.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_one_release_tracking_line_with_its_category_and_severity(string id)
    {
        var descriptor = Describe(id);
        var folder = Path.Combine(RepositoryLayout.Root, "src", "Provisioning.Generators");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .Where(l => l.StartsWith(id + " ", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToArray();

        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_is_in_the_diagnostics_index_and_the_readme_table(string id)
    {
        var index = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "diagnostics", "README.md"));
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));

        Assert.Contains("| [" + id + "](" + id + ".md) |", index, StringComparison.Ordinal);
        Assert.Contains("| [" + id + "](docs/diagnostics/" + id + ".md) |", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analyzers_support_exactly_the_catalogue()
    {
        var supported = TestProject.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order();

        Assert.Equal(Catalogue.Select(d => d.Id).Order(), supported);
    }

    /// <summary>
    /// Problems an id used to share with another problem of a different severity (a bars interval declared twice was
    /// PRV0010 as a warning, a symbol listed twice in a config PRV0008 as a warning) are reported at their id's default
    /// severity, as is everything else.
    /// </summary>
    [Fact]
    public async Task Every_diagnostic_is_reported_at_its_ids_default_severity()
    {
        const string source = """
            using Provisioning.Strategies;

            namespace Sample;

            [Bars("1m", Base = true)]
            [Bars("5m")]
            [Bars("5m")]
            [UsesIndicator<Spread>("5m", 20)]
            [UsesIndicator<Spread>("5m", 20)]
            public sealed partial class Twice : Strategy
            {
            }

            [Bars("1m", Base = true, HistoricalDays = -1)]
            public sealed class NotPartial : Strategy
            {
            }
            """;
        var config = new InMemoryAdditionalText("/app/session.json", "{ \"symbols\": [\"AAPL\", \"AAPL\"], \"streams\": [\"60s\"], \"symbol\": 1 }");
        var compilation = GeneratorRun.Start(TestCompilation.Create(TestProject.ValidIndicator, source)).Output;
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(config));

        var diagnostics = await compilation.WithAnalyzers(TestProject.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();

        var reported = diagnostics.Where(d => d.Id.StartsWith("PRV", StringComparison.Ordinal))
            .Select(d => d.Id + " " + d.Severity)
            .Order()
            .ToArray();

        // Written by hand from the source above: two repeats (PRV0036, PRV0037 warnings), a class that is not partial
        // (PRV0010) with negative history (PRV0035), and in the config a repeated symbol (PRV0044 error), a
        // non-canonical stream (PRV0009 warning) and an unknown key (PRV0008).
        Assert.Equal(
            new[]
            {
                "PRV0008 Error", "PRV0009 Warning", "PRV0010 Error", "PRV0035 Error", "PRV0036 Warning", "PRV0037 Warning", "PRV0044 Error",
            },
            reported);
        Assert.All(diagnostics, d => Assert.Equal(Describe(d.Id).DefaultSeverity, d.Severity));
    }

    /// <summary>The CLI and the runtime print config issues with the code and severity the build reports them with.</summary>
    [Fact]
    public void Config_issues_carry_the_id_and_severity_the_build_reports()
    {
        var validation = SessionConfigValidator.Validate("{ \"symbols\": [\"AAPL\", \"AAPL\"], \"streams\": [\"60s\"], \"symbol\": 1 }");

        // Written by hand: the repeat is PRV0044 (an error), the stream PRV0009 (a warning), the unknown key PRV0008.
        Assert.Equal(
            new[] { "PRV0008 Error", "PRV0009 Warning", "PRV0044 Error" },
            validation.Issues.Select(i => i.Code + " " + i.Severity).Order().ToArray());
        Assert.All(validation.Issues, i => Assert.Equal(Describe(i.Code).DefaultSeverity.ToString(), i.Severity.ToString()));
    }

    /// <summary>Every id has an analyzer test that expects it (by markup or by a DiagnosticResult, at a place).</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_is_expected_by_an_analyzer_test(string id)
    {
        var folder = Path.Combine(TestCompilation.ProjectDirectory(), "Analyzers");
        var expected = Directory.EnumerateFiles(folder, "*.cs").Select(File.ReadAllText)
            .Any(text => text.Contains("{|" + id + ":", StringComparison.Ordinal)
                || text.Contains("new DiagnosticResult(\"" + id + "\"", StringComparison.Ordinal));

        Assert.True(expected, "No analyzer test expects " + id);
    }

    private static DiagnosticDescriptor Describe(string id) => Catalogue.Single(d => d.Id == id);

    [GeneratedRegex(@"\{([0-9]+)\}")]
    private static partial Regex Placeholder();
}
