using System.Linq;
using Provisioning.Config;

namespace Provisioning.Generators.Tests.Config;

public sealed class SessionConfigValidatorTests
{
    private static (int Line, int Column, int Length, ConfigIssueKind Kind)[] Places(SessionConfigValidation validation) =>
        validation.Issues.Select(i => (i.Line, i.Column, i.Length, i.Kind)).ToArray();

    [Fact]
    public void A_realistic_config_with_every_key_is_clean()
    {
        var validation = SessionConfigValidator.Validate(ConfigSamples.Valid, ConfigSamples.Context);

        Assert.Empty(validation.Issues);
        Assert.False(validation.HasErrors);
        Assert.NotNull(validation.Root);
    }

    [Fact]
    public void Misspelt_keys_are_reported_at_the_key_with_a_suggestion()
    {
        var validation = SessionConfigValidator.Validate("{\n  \"symbol\": [\"AAPL\"],\n  \"Streams\": [\"1m\"],\n  \"venue\": \"XNYS\"\n}");

        Assert.Equal(
            new[] { (2, 3, 8, ConfigIssueKind.UnknownKey), (3, 3, 9, ConfigIssueKind.UnknownKey), (4, 3, 7, ConfigIssueKind.UnknownKey) },
            Places(validation));
        Assert.Equal("Unknown key \"symbol\" in the session config: did you mean \"symbols\"?", validation.Issues[0].Message);
        Assert.Equal("Unknown key \"Streams\" in the session config: did you mean \"streams\"?", validation.Issues[1].Message);
        Assert.Equal(
            "Unknown key \"venue\" in the session config: remove it, or use one of: exchange, symbols, streams, derivedIntervals, historical, warmupMultiplier, indicators, data, normalization.",
            validation.Issues[2].Message);
        Assert.All(validation.Issues, i => Assert.Equal("PRV0008", i.Code));
        Assert.Equal("symbol", validation.Issues[0].Path);
    }

    [Fact]
    public void A_normalization_is_one_of_the_modes_written_exactly_at_the_session_and_per_symbol()
    {
        var validation = SessionConfigValidator.Validate(
            "{ \"normalization\": \"adjusted\", \"symbols\": [{ \"symbol\": \"MSFT\", \"normalization\": \"Splits\" }, { \"symbol\": \"AAPL\", \"normalization\": \"Raw\" }] }");

        Assert.Equal(
            new[] { (1, 20, 10, ConfigIssueKind.InvalidNormalization), (1, 81, 8, ConfigIssueKind.InvalidNormalization) },
            Places(validation));
        Assert.Equal(
            "\"adjusted\" is not a normalization: did you mean \"Adjusted\"? Write \"Raw\" (history as stored, the default), \"SplitAdjusted\" (splits) "
            + "or \"Adjusted\" (splits and cash dividends) (docs/corporate-actions.md).",
            validation.Issues[0].Message);
        Assert.Equal("symbols[0].normalization", validation.Issues[1].Path);
        Assert.All(validation.Issues, i => Assert.Equal("PRV0008", i.Code));
    }

    [Fact]
    public void Wrong_types_name_the_key_and_what_it_takes()
    {
        var validation = SessionConfigValidator.Validate(
            "{ \"symbols\": \"AAPL\", \"warmupMultiplier\": \"2\", \"historical\": { \"enabled\": \"yes\" } }");

        Assert.Equal(
            new[] { (1, 14, 6, ConfigIssueKind.WrongType), (1, 42, 3, ConfigIssueKind.WrongType), (1, 74, 5, ConfigIssueKind.WrongType) },
            Places(validation));
        Assert.Equal("\"symbols\" must be an array of symbols, such as [\"AAPL\", \"MSFT\"], but is a string.", validation.Issues[0].Message);
        Assert.Equal("\"warmupMultiplier\" must be a number of at least 1, such as 2, but is a string.", validation.Issues[1].Message);
        Assert.Equal("\"historical.enabled\" must be true or false, but is a string.", validation.Issues[2].Message);
    }

    [Fact]
    public void A_bad_stream_is_an_error_a_non_canonical_interval_a_warning_and_no_base_check_follows_a_bad_stream()
    {
        var validation = SessionConfigValidator.Validate("{\n  \"streams\": [\"1m\", \"7x\"],\n  \"derivedIntervals\": [\"60m\", \"15s\"]\n}");

        Assert.Equal(
            new[] { (2, 21, 4, ConfigIssueKind.InvalidInterval), (3, 24, 5, ConfigIssueKind.NonCanonicalInterval) },
            Places(validation));
        Assert.Equal(
            "\"7x\" has an unknown unit \"x\": use s (seconds), m (minutes), h (hours), d (days) or w (weeks), for example \"7m\".",
            validation.Issues[0].Message);
        Assert.Equal(ConfigIssueSeverity.Warning, validation.Issues[1].Severity);
        Assert.Equal("PRV0009", validation.Issues[1].Code);
        Assert.Equal("\"60m\" is written \"1h\" in canonical form: write \"1h\".", validation.Issues[1].Message);
    }

    [Fact]
    public void A_derived_interval_no_stream_divides_is_reported_with_the_base_to_add()
    {
        // 15s cannot be aggregated from 1m bars (a minute bar is longer than 15 seconds); 5m and 1d can.
        var validation = SessionConfigValidator.Validate("{\n  \"streams\": [\"1m\"],\n  \"derivedIntervals\": [\"5m\", \"15s\", \"1d\"]\n}");

        var issue = Assert.Single(validation.Issues);
        Assert.Equal((3, 30, 5, ConfigIssueKind.MissingBaseInterval), (issue.Line, issue.Column, issue.Length, issue.Kind));
        Assert.Equal(
            "15s bars cannot be built from the streamed base intervals (1m): add \"1s\" to \"streams\", or use an interval a streamed base divides.",
            issue.Message);
    }

    [Fact]
    public void Without_streams_derived_intervals_are_checked_against_the_default_stream()
    {
        var validation = SessionConfigValidator.Validate("{ \"derivedIntervals\": [\"30s\"] }");

        var issue = Assert.Single(validation.Issues);
        Assert.Equal((1, 24), (issue.Line, issue.Column));
        Assert.Equal(
            "30s bars cannot be built from the default stream (1m, 1d): add \"1s\" to \"streams\", or use an interval a streamed base divides.",
            issue.Message);
    }

    [Fact]
    public void Indicators_are_checked_against_the_declared_names_parameters_ranges_and_streams()
    {
        const string text = """
            {
              "indicators": [
                { "name": "smaa", "interval": "5m" },
                { "name": "bands", "interval": "5m", "parameters": { "perod": 20, "width": 9 } },
                { "name": "sma", "interval": "15s", "parameters": { "period": 2.5 } },
                { "interval": "5m" }
              ]
            }
            """;
        var validation = SessionConfigValidator.Validate(text, ConfigSamples.Context);

        Assert.Equal(
            new[]
            {
                (3, 15, 6, ConfigIssueKind.UnknownIndicator),
                (4, 56, 1, ConfigIssueKind.MissingParameter),
                (4, 58, 7, ConfigIssueKind.UnknownParameter),
                (4, 80, 1, ConfigIssueKind.OutOfRange),
                (5, 34, 5, ConfigIssueKind.MissingBaseInterval),
                (5, 67, 3, ConfigIssueKind.OutOfRange),
                (6, 5, 1, ConfigIssueKind.MissingKey),
            },
            Places(validation));
        var messages = validation.Issues.Select(i => i.Message).ToArray();
        Assert.Equal("No indicator is declared with the name \"smaa\": did you mean \"sma\"? declared indicators: bands, sma.", messages[0]);
        Assert.Equal("\"bands\" needs the parameter \"period\": add it to \"parameters\", such as { \"period\": 2 }.", messages[1]);
        Assert.Equal("\"bands\" has no parameter \"perod\": did you mean \"period\"? its parameters are period, width.", messages[2]);
        Assert.Equal("\"width\" of \"bands\" is 9 but must be between 0.5 and 4.", messages[3]);
        Assert.Equal("\"period\" of \"sma\" is a whole number, not 2.5.", messages[5]);
        Assert.Equal("This indicator has no \"name\": add the declared name, such as \"name\": \"sma\".", messages[6]);
        Assert.Equal("indicators[1].parameters.perod", validation.Issues[2].Path);
    }

    [Fact]
    public void Without_declared_indicators_any_name_is_accepted_but_the_rest_is_still_checked()
    {
        var validation = SessionConfigValidator.Validate(
            "{ \"indicators\": [{ \"name\": \"anything\", \"interval\": \"7x\", \"parameters\": { \"p\": \"20\" } }] }",
            SessionConfigValidationContext.TextOnly);

        Assert.Equal(new[] { ConfigIssueKind.InvalidInterval, ConfigIssueKind.WrongType }, validation.Issues.Select(i => i.Kind).ToArray());
    }

    [Fact]
    public void Malformed_and_repeated_symbols_are_errors()
    {
        var validation = SessionConfigValidator.Validate("{ \"symbols\": [\"AAPL\", \"AA PL\", \"../etc\", \"aapl\", 7] }");

        Assert.Equal(
            new[]
            {
                (1, 23, 7, ConfigIssueKind.InvalidSymbol),
                (1, 32, 8, ConfigIssueKind.InvalidSymbol),
                (1, 42, 6, ConfigIssueKind.DuplicateValue),
                (1, 50, 1, ConfigIssueKind.WrongType),
            },
            Places(validation));
        // A repeated symbol is an error since the rules live once (issue #13): the runtime has no place for a warning.
        Assert.Equal(ConfigIssueSeverity.Error, validation.Issues[2].Severity);
        Assert.Equal(
            "\"aapl\" is AAPL, which \"symbols\" already lists at symbols[0] (symbols are compared in upper case): list each symbol once.",
            validation.Issues[2].Message);
        Assert.Equal("\"symbols[4]\" must be a symbol string, such as \"AAPL\", or an object naming its exchange, such as { \"symbol\": \"7203\", \"exchange\": \"XTKS\" }, but is a number.", validation.Issues[3].Message);
    }

    [Fact]
    public void Warmup_multiplier_below_one_and_negative_or_fractional_days_are_out_of_range()
    {
        var validation = SessionConfigValidator.Validate("{ \"warmupMultiplier\": 0.5, \"historical\": { \"trailingDays\": -1 } }");

        Assert.Equal(new[] { (1, 23, 3, ConfigIssueKind.OutOfRange), (1, 60, 2, ConfigIssueKind.OutOfRange) }, Places(validation));
        Assert.StartsWith("\"warmupMultiplier\" is 0.5 but must be at least 1", validation.Issues[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(
            ConfigIssueKind.OutOfRange,
            Assert.Single(SessionConfigValidator.Validate("{ \"historical\": { \"trailingDays\": 2.5 } }").Issues).Kind);
        Assert.Empty(SessionConfigValidator.Validate("{ \"warmupMultiplier\": 1, \"historical\": { \"trailingDays\": 0 } }").Issues);
    }

    [Fact]
    public void Invalid_json_gives_one_syntax_issue_at_its_place()
    {
        var validation = SessionConfigValidator.Validate("{ \"symbols\": [\"AAPL\" \"MSFT\"] }");

        var issue = Assert.Single(validation.Issues);
        Assert.Equal((1, 22, ConfigIssueKind.Syntax), (issue.Line, issue.Column, issue.Kind));
        Assert.Equal("Expected ',' or ']' but found '\"': a ',' is missing between two items.", issue.Message);
        Assert.Null(validation.Root);
        Assert.True(validation.HasErrors);
    }

    [Fact]
    public void A_key_written_twice_is_reported_at_the_second()
    {
        var issue = Assert.Single(SessionConfigValidator.Validate("{ \"symbols\": [], \"symbols\": [] }").Issues);

        Assert.Equal((1, 18, ConfigIssueKind.DuplicateKey), (issue.Line, issue.Column, issue.Kind));
    }

    [Fact]
    public void The_document_must_be_an_object()
    {
        var issue = Assert.Single(SessionConfigValidator.Validate("[\"AAPL\"]").Issues);

        Assert.Equal((1, 1, 8, ConfigIssueKind.WrongType), (issue.Line, issue.Column, issue.Length, issue.Kind));
    }

    [Fact]
    public void Exchange_codes_are_checked_for_form_and_against_known_calendars_when_given()
    {
        var form = SessionConfigValidator.Validate("{ \"exchange\": \"xnys\", \"data\": { \"root\": \"  \" } }");
        Assert.Equal(new[] { (1, 15, 6, ConfigIssueKind.InvalidExchange), (1, 41, 4, ConfigIssueKind.OutOfRange) }, Places(form));
        Assert.Equal("\"xnys\" is not an exchange code: write \"XNYS\".", form.Issues[0].Message);

        var known = new SessionConfigValidationContext(null, new[] { "XNYS" });
        var unknown = Assert.Single(SessionConfigValidator.Validate("{ \"exchange\": \"XNAS\" }", known).Issues);
        Assert.Equal("No calendar is known for exchange \"XNAS\": did you mean \"XNYS\"? Known exchanges: XNYS; or name a calendar definition file (*.json, docs/calendars.md).", unknown.Message);
    }

    [Fact]
    public void Issues_format_as_file_line_column_like_the_compiler()
    {
        var issues = SessionConfigValidator.Validate("{\n  \"symbol\": [],\n  \"streams\": [\"60m\"]\n}").Issues;

        Assert.Equal(
            "config/session.json:2:3: error PRV0008: Unknown key \"symbol\" in the session config: did you mean \"symbols\"?",
            issues[0].Format("config/session.json"));
        Assert.Equal(
            "session.json:3:15: warning PRV0009: \"60m\" is written \"1h\" in canonical form: write \"1h\".",
            issues[1].ToString());
    }

    [Fact]
    public void Every_prefix_of_a_realistic_config_validates_without_throwing()
    {
        var text = ConfigSamples.Valid;
        for (var length = 0; length <= text.Length; length++)
        {
            var validation = SessionConfigValidator.Validate(text.Substring(0, length), ConfigSamples.Context);
            Assert.Equal(length < text.Length, validation.HasErrors);
        }
    }
}
