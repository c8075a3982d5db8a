using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Collections;
using Provisioning.Generators.Model;
using Provisioning.Intervals;
using Provisioning.Text;

namespace Provisioning.Generators.Reading;

/// <summary>
/// Reads a strategy class ([Bars] and [UsesIndicator] on a partial class deriving from Strategy) into a
/// <see cref="StrategyModel"/>. Declarations inherited from base strategies come first. Invalid declarations are
/// left out of the model and reported as problems, but only for attributes written on the class itself; the model
/// is null only when the class cannot take a generated manifest at all.
/// </summary>
internal static class StrategyDeclarationReader
{
    /// <summary>The members the generator adds to a strategy class.</summary>
    private static readonly string[] GeneratedMembers = ["Manifest", "DeclaredManifest"];

    public static DeclarationReading<StrategyModel> Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var problems = ImmutableArray.CreateBuilder<DeclarationProblem>();
        var valid = ReadShape(type, problems, cancellationToken);

        var bars = new List<BarsModel>();
        var uses = new List<IndicatorUseModel>();
        var checkedIntervals = new List<(Interval Interval, AttributeData Attribute)>();
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && !KnownType.Strategy.Matches(current); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var hidesInherited = false;
        foreach (var declaring in chain)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var own = SymbolEqualityComparer.Default.Equals(declaring, type);
            hidesInherited |= !own && (!declaring.GetMembers("DeclaredManifest").IsEmpty || DeclaresAnything(declaring));
            var sink = own ? problems : ImmutableArray.CreateBuilder<DeclarationProblem>();
            foreach (var attribute in declaring.GetAttributes())
            {
                if (KnownType.BarsAttribute.Matches(attribute.AttributeClass))
                {
                    ReadBars(type, attribute, bars, sink, own ? checkedIntervals : null);
                }
                else if (KnownType.UsesIndicatorAttribute.Matches(attribute.AttributeClass))
                {
                    ReadIndicatorUse(type, attribute, uses, sink, own ? checkedIntervals : null, cancellationToken);
                }
            }
        }

        CheckBases(type, bars, checkedIntervals, problems);
        var model = valid
            ? new StrategyModel(
                SymbolShape.Describe(type),
                new EquatableArray<BarsModel>(bars),
                new EquatableArray<IndicatorUseModel>(uses),
                hidesInherited)
            : null;
        return new DeclarationReading<StrategyModel>(model, problems.ToImmutable());
    }

    private static bool DeclaresAnything(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => KnownType.BarsAttribute.Matches(a.AttributeClass) || KnownType.UsesIndicatorAttribute.Matches(a.AttributeClass));

    private static bool ReadShape(INamedTypeSymbol type, ImmutableArray<DeclarationProblem>.Builder problems, CancellationToken cancellationToken)
    {
        if (type.TypeKind != TypeKind.Class || !KnownType.Strategy.IsBaseOf(type.BaseType))
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.StrategyNotAStrategy,
                [type.Name],
                type));
            return false;
        }

        var valid = true;
        if (SymbolShape.IsGenericOrInGeneric(type))
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.StrategyGeneric,
                [type.Name],
                type));
            valid = false;
        }

        if (SymbolShape.FirstNonPartial(type, cancellationToken) is { } notPartial)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.StrategyNotPartial,
                [notPartial.Name, type.Name],
                notPartial));
            valid = false;
        }

        foreach (var member in GeneratedMembers)
        {
            if (SymbolShape.UserDeclared(type.GetMembers(member), cancellationToken) is { } taken)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.StrategyMemberNameTaken,
                    [type.Name, member],
                    taken));
                valid = false;
            }
        }

        return valid;
    }

    private static void ReadBars(
        INamedTypeSymbol type,
        AttributeData attribute,
        List<BarsModel> bars,
        ImmutableArray<DeclarationProblem>.Builder problems,
        List<(Interval, AttributeData)>? checkedIntervals)
    {
        if (ReadInterval(type, attribute, problems) is not { } interval)
        {
            return;
        }

        var isBase = SymbolShape.TryGetNamedArgument(attribute, "Base", out var baseValue) && baseValue.Value is true;
        var days = SymbolShape.TryGetNamedArgument(attribute, "HistoricalDays", out var daysValue) && daysValue.Value is int d ? d : 0;
        if (days < 0)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.InvalidHistoricalDays,
                [type.Name, interval.ToString(), days.ToString(CultureInfo.InvariantCulture)],
                type,
                attribute,
                namedArgument: "HistoricalDays"));
            return;
        }

        if (bars.Any(b => b.Interval == interval))
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.DuplicateBars,
                [type.Name, interval.ToString()],
                type,
                attribute,
                argumentIndex: 0));
            return;
        }

        bars.Add(new BarsModel(interval, isBase, days));
        if (!isBase)
        {
            checkedIntervals?.Add((interval, attribute));
        }
    }

    private static void ReadIndicatorUse(
        INamedTypeSymbol strategy,
        AttributeData attribute,
        List<IndicatorUseModel> uses,
        ImmutableArray<DeclarationProblem>.Builder problems,
        List<(Interval, AttributeData)>? checkedIntervals,
        CancellationToken cancellationToken)
    {
        var interval = ReadInterval(strategy, attribute, problems);
        if (attribute.AttributeClass?.TypeArguments.FirstOrDefault() is not INamedTypeSymbol indicatorType
            || indicatorType.TypeKind == TypeKind.Error)
        {
            return;
        }

        var reading = IndicatorDeclarationReader.Read(indicatorType, cancellationToken);
        var indicator = reading.Model;
        if (indicator is null)
        {
            // An indicator from a library built without the generator is reported here, since no analyzer reads it at
            // its declaration; any other invalid indicator is reported at its declaration and named here.
            var notGenerated = reading.Problems.Any(p => p.Kind == DeclarationProblemKind.IndicatorNotGenerated);
            problems.Add(new DeclarationProblem(
                notGenerated ? DeclarationProblemKind.IndicatorNotGenerated : DeclarationProblemKind.UsedIndicatorInvalid,
                notGenerated ? [indicatorType.Name] : [indicatorType.Name, strategy.Name],
                strategy,
                attribute));
            return;
        }

        var arguments = ReadArguments(strategy, indicator, attribute, problems);
        if (interval is not { } parsed || arguments is null)
        {
            return;
        }

        var use = new IndicatorUseModel(indicator.Type.FullyQualifiedName, parsed, arguments.Value);
        if (uses.Contains(use))
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.DuplicateIndicatorUse,
                [strategy.Name, indicator.Name, parsed.ToString()],
                strategy,
                attribute));
            return;
        }

        uses.Add(use);
        checkedIntervals?.Add((parsed, attribute));
    }

    private static EquatableArray<IndicatorArgumentModel>? ReadArguments(
        INamedTypeSymbol strategy,
        IndicatorModel indicator,
        AttributeData attribute,
        ImmutableArray<DeclarationProblem>.Builder problems)
    {
        var given = attribute.ConstructorArguments.Length > 1 && attribute.ConstructorArguments[1].Kind == TypedConstantKind.Array
            ? (attribute.ConstructorArguments[1].IsNull ? ImmutableArray<TypedConstant>.Empty : attribute.ConstructorArguments[1].Values)
            : ImmutableArray<TypedConstant>.Empty;
        var parameters = indicator.Parameters;
        var signature = indicator.Name + "(" + string.Join(", ", parameters.Select(p => (p.IsInteger ? "int " : "double ") + p.Name)) + ")";
        if (given.Length > parameters.Count)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.TooManyArguments,
                [indicator.Name, parameters.Count.ToString(CultureInfo.InvariantCulture), signature, given.Length.ToString(CultureInfo.InvariantCulture)],
                strategy,
                attribute,
                argumentIndex: 1 + parameters.Count));
            return null;
        }

        var valid = true;
        var arguments = new List<IndicatorArgumentModel>();
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (i >= given.Length)
            {
                if (!parameter.HasDefault)
                {
                    problems.Add(new DeclarationProblem(
                        DeclarationProblemKind.MissingArgument,
                        [indicator.Name, parameter.Name, signature],
                        strategy,
                        attribute));
                    valid = false;
                }

                continue;
            }

            var constant = given[i];
            double? value = constant.Kind == TypedConstantKind.Primitive
                ? constant.Value switch
                {
                    int whole => whole,
                    double real when !parameter.IsInteger => real,
                    _ => null,
                }
                : null;
            if (value is not { } number)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.ArgumentType,
                    [indicator.Name, parameter.Name, parameter.IsInteger ? "int" : "int or double", parameter.IsInteger ? "20" : "2.0"],
                    strategy,
                    attribute,
                    argumentIndex: 1 + i));
                valid = false;
                continue;
            }

            if (number < parameter.Min || number > parameter.Max)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.ArgumentOutOfRange,
                    [parameter.Name, indicator.Name, SymbolShape.Format(number), ParameterRangeText.Describe(parameter.Min, parameter.Max)],
                    strategy,
                    attribute,
                    argumentIndex: 1 + i));
                valid = false;
                continue;
            }

            arguments.Add(new IndicatorArgumentModel(parameter.Name, parameter.IsInteger, number));
        }

        return valid ? new EquatableArray<IndicatorArgumentModel>(arguments) : null;
    }

    private static Interval? ReadInterval(INamedTypeSymbol type, AttributeData attribute, ImmutableArray<DeclarationProblem>.Builder problems)
    {
        var text = SymbolShape.StringArgument(attribute, 0);
        if (attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return null;
        }

        var parsed = IntervalParser.Parse(text);
        if (!parsed.Success)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.InvalidInterval,
                [parsed.Reason ?? EchoedText.Quote(text) + " is not a supported interval."],
                type,
                attribute,
                argumentIndex: 0));
            return null;
        }

        if (!parsed.IsCanonical)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.NonCanonicalInterval,
                [EchoedText.Quote(text), parsed.Interval.ToString()],
                type,
                attribute,
                argumentIndex: 0,
                suggestion: parsed.Interval.ToString()));
        }

        return parsed.Interval;
    }

    private static void CheckBases(
        INamedTypeSymbol type,
        List<BarsModel> bars,
        List<(Interval Interval, AttributeData Attribute)> checkedIntervals,
        ImmutableArray<DeclarationProblem>.Builder problems)
    {
        var bases = bars.Where(b => b.IsBase).Select(b => b.Interval).ToArray();
        foreach (var (interval, attribute) in checkedIntervals)
        {
            if (Array.IndexOf(bases, interval) >= 0)
            {
                continue;
            }

            var resolution = BaseIntervalResolver.Resolve(interval, bases);
            if (!resolution.Success)
            {
                var suggested = BaseIntervalResolver.SuggestedBase(interval);
                var declared = bases.Length == 0 ? "none" : string.Join(", ", bases.Distinct().OrderBy(b => b).Select(b => b.ToString()));
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.MissingBaseInterval,
                    [type.Name, interval.ToString(), declared, suggested.ToString()],
                    type,
                    attribute,
                    argumentIndex: 0,
                    suggestion: suggested.ToString()));
            }
        }
    }
}
