using System;
using Provisioning.Config;
using Provisioning.Json;

namespace Provisioning.Generators.Tests.Config;

/// <summary>A non-canonical interval issue always carries PRV0009's two arguments, so the analyzer never falls back to PRV0008.</summary>
public sealed class ConfigIssueTests
{
    [Fact]
    public void A_non_canonical_interval_issue_from_the_validator_carries_the_written_and_canonical_text()
    {
        var validation = SessionConfigValidator.Validate("{\n  \"streams\": [\"1m\"],\n  \"derivedIntervals\": [\"60m\"]\n}");

        var issue = Assert.Single(validation.Issues);
        Assert.Equal(ConfigIssueKind.NonCanonicalInterval, issue.Kind);
        // PRV0009's format is "{0} is written \"{1}\" in canonical form: write \"{1}\"".
        Assert.Equal(new[] { "\"60m\"", "1h" }, issue.Arguments);
        Assert.Equal("\"60m\" is written \"1h\" in canonical form: write \"1h\".", issue.Message);
    }

    [Fact]
    public void A_non_canonical_interval_issue_cannot_be_made_without_its_arguments()
    {
        Assert.Throws<ArgumentException>(() =>
            new ConfigIssue(ConfigIssueKind.NonCanonicalInterval, ConfigIssueSeverity.Warning, "60m", "streams[0]", default(JsonSpan)));
    }

    [Fact]
    public void Any_other_issue_passes_its_whole_message_as_the_argument()
    {
        var issue = new ConfigIssue(ConfigIssueKind.InvalidInterval, ConfigIssueSeverity.Error, "\"7x\" is not an interval.", "streams[0]", default(JsonSpan));

        Assert.Equal(new[] { "\"7x\" is not an interval." }, issue.Arguments);
    }
}
