using System;
using System.Linq;
using Provisioning.Generators.Analyzers;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class ProblemReporterTests
{
    [Fact]
    public void Every_problem_the_readers_find_has_a_diagnostic_except_interval_text_and_a_type_without_the_attribute()
    {
        var unmapped = Enum.GetValues<DeclarationProblemKind>().Where(kind => ProblemReporter.Map(kind) is null).ToArray();

        // Interval text is reported by the interval analyzer; a type without [Indicator] at the strategy using it.
        Assert.Equal(
            new[] { DeclarationProblemKind.NotAnIndicator, DeclarationProblemKind.InvalidInterval, DeclarationProblemKind.NonCanonicalInterval },
            unmapped);
    }

    [Fact]
    public void Each_problem_has_its_own_id_except_two_spellings_of_a_type_that_cannot_be_instantiated()
    {
        var shared = Enum.GetValues<DeclarationProblemKind>()
            .Where(kind => ProblemReporter.Map(kind) is not null)
            .GroupBy(kind => ProblemReporter.Map(kind)!.Id)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key + ": " + string.Join(", ", group))
            .ToArray();

        Assert.Equal(new[] { "PRV0011: IndicatorNotAClass, IndicatorAbstract" }, shared);
    }

    [Theory]
    [InlineData(nameof(DeclarationProblemKind.IndicatorNotPartial), "PRV0003")]
    [InlineData(nameof(DeclarationProblemKind.IndicatorGeneric), "PRV0012")]
    [InlineData(nameof(DeclarationProblemKind.IndicatorInvalidName), "PRV0015")]
    [InlineData(nameof(DeclarationProblemKind.UsedIndicatorInvalid), "PRV0023")]
    [InlineData(nameof(DeclarationProblemKind.WarmupMissing), "PRV0004")]
    [InlineData(nameof(DeclarationProblemKind.WarmupParameterUnknown), "PRV0030")]
    [InlineData(nameof(DeclarationProblemKind.ArgumentOutOfRange), "PRV0006")]
    [InlineData(nameof(DeclarationProblemKind.IndicatorDefaultOutOfRange), "PRV0025")]
    [InlineData(nameof(DeclarationProblemKind.IndicatorInvalidRange), "PRV0024")]
    [InlineData(nameof(DeclarationProblemKind.MissingBaseInterval), "PRV0002")]
    [InlineData(nameof(DeclarationProblemKind.HandlerSignature), "PRV0042")]
    [InlineData(nameof(DeclarationProblemKind.StrategyNotPartial), "PRV0010")]
    [InlineData(nameof(DeclarationProblemKind.StrategyNotAStrategy), "PRV0032")]
    [InlineData(nameof(DeclarationProblemKind.DuplicateBars), "PRV0036")]
    public void Problems_map_to_the_catalogue(string kind, string id) =>
        Assert.Equal(id, ProblemReporter.Map(Enum.Parse<DeclarationProblemKind>(kind))!.Id);
}
