using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Collections;
using Provisioning.Generators.Model;
using Provisioning.Text;

namespace Provisioning.Generators.Reading;

/// <summary>
/// Reads an [Indicator] class into an <see cref="IndicatorModel"/>, with every problem that stands in the way: the
/// class shape (partial, non-generic, non-abstract, implements IIndicator), the name and input, the one public
/// constructor and its int/double parameters with [Parameter] ranges and defaults, and the static WarmupBars whose
/// parameters are constructor parameters by name. Works on types from source and from referenced assemblies.
/// </summary>
internal static class IndicatorDeclarationReader
{
    /// <summary>The parameter names of the generated session Add method, which constructor parameters cannot take.</summary>
    private static readonly string[] ReservedParameterNames = ["session", "symbol", "interval", "source", "cancellationToken"];

    /// <summary>The most parameters an indicator can declare (IndicatorDescriptor.MaxParameters in Core).</summary>
    private const int MaxParameters = 64;

    /// <summary>The members the generator adds to an indicator class.</summary>
    private static readonly string[] GeneratedMembers = ["Spec", "Descriptor"];

    public static DeclarationReading<IndicatorModel> Read(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var problems = ImmutableArray.CreateBuilder<DeclarationProblem>();
        var attribute = KnownType.IndicatorAttribute.FindOn(type);
        var valid = attribute is not null;
        if (attribute is null)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.NotAnIndicator,
                [type.Name],
                type));
        }

        valid &= ReadShape(type, problems, cancellationToken);
        var name = attribute is null ? null : ReadName(type, attribute, problems);
        var input = attribute is null ? null : ReadInput(type, attribute, problems);
        var parameters = ReadConstructor(type, problems);
        var warmup = parameters is null ? null : ReadWarmup(type, parameters.Value.Symbols, problems);
        valid &= name is not null && input is not null && parameters is not null && warmup is not null;

        var model = valid
            ? new IndicatorModel(SymbolShape.Describe(type), name!, input!, parameters!.Value.Models, warmup!.Value)
            : null;
        return new DeclarationReading<IndicatorModel>(model, problems.ToImmutable());
    }

    private static bool ReadShape(INamedTypeSymbol type, ImmutableArray<DeclarationProblem>.Builder problems, CancellationToken cancellationToken)
    {
        var valid = true;
        if (type.TypeKind != TypeKind.Class)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorNotAClass,
                [type.Name],
                type));
            return false;
        }

        if (type.IsAbstract || type.IsStatic)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorAbstract,
                [type.Name],
                type));
            valid = false;
        }

        if (SymbolShape.IsGenericOrInGeneric(type))
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorGeneric,
                [type.Name],
                type));
            valid = false;
        }

        if (!KnownType.IndicatorInterface.IsImplementedBy(type))
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorMissingInterface,
                [type.Name],
                type));
            valid = false;
        }

        if (SymbolShape.IsInSource(type))
        {
            if (SymbolShape.FirstNonPartial(type, cancellationToken) is { } notPartial)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.IndicatorNotPartial,
                    [notPartial.Name, type.Name],
                    notPartial));
                valid = false;
            }

            foreach (var member in GeneratedMembers)
            {
                if (SymbolShape.UserDeclared(type.GetMembers(member), cancellationToken) is { } taken)
                {
                    problems.Add(new DeclarationProblem(
                        DeclarationProblemKind.IndicatorMemberNameTaken,
                        [type.Name, member],
                        taken));
                    valid = false;
                }
            }
        }
        else if (type.GetMembers("Spec").IsEmpty || type.GetMembers("Descriptor").IsEmpty)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorNotGenerated,
                [type.Name],
                type));
            valid = false;
        }

        if (SymbolShape.Reach(type) == Accessibility.Private)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorInaccessible,
                [type.Name],
                type));
            valid = false;
        }

        return valid;
    }

    private static string? ReadName(INamedTypeSymbol type, AttributeData attribute, ImmutableArray<DeclarationProblem>.Builder problems)
    {
        var name = SymbolShape.StringArgument(attribute, 0);
        if (name is not null && IsValidName(name))
        {
            return name;
        }

        problems.Add(new DeclarationProblem(
            DeclarationProblemKind.IndicatorInvalidName,
            [type.Name, name is null ? "missing" : EchoedText.Quote(name), SuggestName(type.Name)],
            type,
            attribute,
            argumentIndex: 0,
            suggestion: SuggestName(type.Name)));
        return null;
    }

    /// <summary>True for a valid indicator name: <c>[a-z][a-z0-9_]*</c>.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0 || name[0] < 'a' || name[0] > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string SuggestName(string typeName)
    {
        var lower = new string(typeName.ToLowerInvariant().Where(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_').ToArray());
        return IsValidName(lower) ? lower : "indicator";
    }

    private static string? ReadInput(INamedTypeSymbol type, AttributeData attribute, ImmutableArray<DeclarationProblem>.Builder problems)
    {
        if (!SymbolShape.TryGetNamedArgument(attribute, "Input", out var input))
        {
            return "Close";
        }

        if (input.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && input.Value is { } value)
        {
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
                {
                    return field.Name;
                }
            }
        }

        problems.Add(new DeclarationProblem(
            DeclarationProblemKind.IndicatorInvalidInput,
            [type.Name],
            type,
            attribute,
            namedArgument: "Input"));
        return null;
    }

    private static (EquatableArray<IndicatorParameterModel> Models, ImmutableArray<IParameterSymbol> Symbols)? ReadConstructor(
        INamedTypeSymbol type,
        ImmutableArray<DeclarationProblem>.Builder problems)
    {
        var constructors = type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToArray();
        if (constructors.Length != 1)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorConstructorCount,
                [type.Name, constructors.Length.ToString(CultureInfo.InvariantCulture)],
                constructors.Length == 0 ? type : constructors[1]));
            return null;
        }

        var valid = true;
        var parameters = constructors[0].Parameters;
        if (parameters.Length > MaxParameters)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.IndicatorTooManyParameters,
                [type.Name, parameters.Length.ToString(CultureInfo.InvariantCulture), MaxParameters.ToString(CultureInfo.InvariantCulture)],
                constructors[0]));
            return null;
        }

        var models = new IndicatorParameterModel[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var isInteger = parameter.Type.SpecialType == SpecialType.System_Int32;
            if ((!isInteger && parameter.Type.SpecialType != SpecialType.System_Double)
                || parameter.RefKind != RefKind.None
                || parameter.IsParams)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.IndicatorUnsupportedParameter,
                    [parameter.Name, type.Name, AsDeclared(parameter)],
                    parameter));
                valid = false;
                continue;
            }

            if (Array.IndexOf(ReservedParameterNames, parameter.Name) >= 0
                || parameters.Take(i).Any(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.IndicatorParameterNameTaken,
                    [parameter.Name, type.Name, string.Join(", ", ReservedParameterNames)],
                    parameter));
                valid = false;
                continue;
            }

            var model = ReadParameter(type, parameter, isInteger, problems);
            if (model is null)
            {
                valid = false;
                continue;
            }

            models[i] = model.Value;
        }

        return valid ? (EquatableArray<IndicatorParameterModel>.FromOwnedArray(models), parameters) : null;
    }

    private static IndicatorParameterModel? ReadParameter(
        INamedTypeSymbol type,
        IParameterSymbol parameter,
        bool isInteger,
        ImmutableArray<DeclarationProblem>.Builder problems)
    {
        var min = double.NegativeInfinity;
        var max = double.PositiveInfinity;
        var range = KnownType.ParameterAttribute.FindOn(parameter);
        if (range is not null)
        {
            if (SymbolShape.TryGetNamedArgument(range, "Min", out var minValue) && minValue.Value is double m)
            {
                min = m;
            }

            if (SymbolShape.TryGetNamedArgument(range, "Max", out var maxValue) && maxValue.Value is double x)
            {
                max = x;
            }

            if (double.IsNaN(min) || double.IsNaN(max) || min > max)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.IndicatorInvalidRange,
                    [parameter.Name, type.Name, SymbolShape.Format(min), SymbolShape.Format(max)],
                    parameter,
                    range,
                    namedArgument: double.IsNaN(max) || (!double.IsNaN(min) && min > max) ? "Max" : "Min"));
                return null;
            }
        }

        var defaultValue = 0.0;
        if (parameter.HasExplicitDefaultValue)
        {
            defaultValue = parameter.ExplicitDefaultValue switch
            {
                int i => i,
                double d => d,
                _ => 0.0,
            };
            if (double.IsNaN(defaultValue) || defaultValue < min || defaultValue > max)
            {
                problems.Add(new DeclarationProblem(
                    DeclarationProblemKind.IndicatorDefaultOutOfRange,
                    [SymbolShape.Format(defaultValue), parameter.Name, type.Name, ParameterRangeText.Describe(min, max)],
                    parameter));
                return null;
            }
        }

        return new IndicatorParameterModel(parameter.Name, isInteger, min, max, parameter.HasExplicitDefaultValue, defaultValue);
    }

    /// <summary>The parameter's type as written, with its modifier: "string", "ref int", "params int[]".</summary>
    private static string AsDeclared(IParameterSymbol parameter)
    {
        var modifier = parameter.IsParams ? "params " : parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            RefKind.None => string.Empty,
            _ => "ref readonly ",
        };
        return modifier + parameter.Type.ToDisplayString();
    }

    private static EquatableArray<WarmupArgumentModel>? ReadWarmup(
        INamedTypeSymbol type,
        ImmutableArray<IParameterSymbol> constructorParameters,
        ImmutableArray<DeclarationProblem>.Builder problems)
    {
        var methods = type.GetMembers("WarmupBars").OfType<IMethodSymbol>().ToArray();
        if (methods.Length == 0)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.WarmupMissing,
                [type.Name],
                type));
            return null;
        }

        var method = methods[0];
        if (methods.Length > 1 || !method.IsStatic || method.ReturnType.SpecialType != SpecialType.System_Int32 || method.IsGenericMethod)
        {
            problems.Add(new DeclarationProblem(
                DeclarationProblemKind.WarmupShape,
                [type.Name],
                methods.Length > 1 ? methods[1] : method));
            return null;
        }

        var arguments = new List<WarmupArgumentModel>();
        var valid = true;
        foreach (var parameter in method.Parameters)
        {
            var index = -1;
            for (var i = 0; i < constructorParameters.Length; i++)
            {
                if (constructorParameters[i].Name == parameter.Name)
                {
                    index = i;
                    break;
                }
            }

            var source = index < 0 ? null : constructorParameters[index].Type;
            var compatible = source is not null
                && parameter.RefKind is RefKind.None or RefKind.In
                && !parameter.IsParams
                && (SymbolEqualityComparer.Default.Equals(source, parameter.Type)
                    || (source.SpecialType == SpecialType.System_Int32 && parameter.Type.SpecialType == SpecialType.System_Double));
            if (!compatible)
            {
                problems.Add(new DeclarationProblem(
                    index < 0 ? DeclarationProblemKind.WarmupParameterUnknown : DeclarationProblemKind.WarmupParameterType,
                    index < 0 ? [parameter.Name, type.Name] : [parameter.Name, type.Name, source!.ToDisplayString()],
                    parameter));
                valid = false;
                continue;
            }

            arguments.Add(new WarmupArgumentModel(parameter.Name, index, source!.SpecialType == SpecialType.System_Int32));
        }

        return valid ? new EquatableArray<WarmupArgumentModel>(arguments) : null;
    }
}
