using System;
using System.Linq;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class ProblemReporterTests
{
    [Fact]
    public void Every_problem_the_readers_find_has_a_diagnostic_except_interval_text_which_the_interval_analyzer_reports()
    {
        var unmapped = Enum.GetValues<DeclarationProblemKind>().Where(kind => ProblemReporter.Map(kind) is null).ToArray();

        Assert.Equal(new[] { DeclarationProblemKind.InvalidInterval, DeclarationProblemKind.NonCanonicalInterval }, unmapped);
    }

    [Theory]
    [InlineData(nameof(DeclarationProblemKind.IndicatorNotPartial), "PRV0003")]
    [InlineData(nameof(DeclarationProblemKind.WarmupParameterMismatch), "PRV0004")]
    [InlineData(nameof(DeclarationProblemKind.ArgumentOutOfRange), "PRV0006")]
    [InlineData(nameof(DeclarationProblemKind.IndicatorDefaultOutOfRange), "PRV0006")]
    [InlineData(nameof(DeclarationProblemKind.MissingBaseInterval), "PRV0002")]
    [InlineData(nameof(DeclarationProblemKind.HandlerSignature), "PRV0007")]
    [InlineData(nameof(DeclarationProblemKind.StrategyNotAStrategy), "PRV0010")]
    public void Problems_map_to_the_catalogue(string kind, string id) =>
        Assert.Equal(id, ProblemReporter.Map(Enum.Parse<DeclarationProblemKind>(kind))!.Value.Descriptor.Id);
}
