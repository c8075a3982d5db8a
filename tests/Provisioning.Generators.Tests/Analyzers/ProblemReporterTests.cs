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
    [InlineData(DeclarationProblemKind.IndicatorNotPartial, "PRV0003")]
    [InlineData(DeclarationProblemKind.WarmupParameterMismatch, "PRV0004")]
    [InlineData(DeclarationProblemKind.ArgumentOutOfRange, "PRV0006")]
    [InlineData(DeclarationProblemKind.IndicatorDefaultOutOfRange, "PRV0006")]
    [InlineData(DeclarationProblemKind.MissingBaseInterval, "PRV0002")]
    [InlineData(DeclarationProblemKind.HandlerSignature, "PRV0007")]
    [InlineData(DeclarationProblemKind.StrategyNotAStrategy, "PRV0010")]
    public void Problems_map_to_the_catalogue(DeclarationProblemKind kind, string id) =>
        Assert.Equal(id, ProblemReporter.Map(kind)!.Value.Descriptor.Id);
}
