using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Provisioning.Generators.Model;

namespace Provisioning.Generators.Reading;

/// <summary>
/// Reads a [StepHandler] method into a <see cref="StepHandlerModel"/>: it must be
/// <c>static ValueTask&lt;StepResult&gt; Name(TStep step, StepContext context)</c>, non-generic, reachable from its
/// assembly, with TStep a non-abstract type deriving from ProvisioningStep. Whether each step type has exactly one
/// handler is a question about the whole compilation (<see cref="IsStepType"/> finds the step types).
/// </summary>
internal static class StepHandlerReader
{
    public static DeclarationReading<StepHandlerModel> Read(IMethodSymbol method, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var problems = ImmutableArray.CreateBuilder<DeclarationProblem>();
        var valid = true;
        if (!method.IsStatic)
        {
            problems.Add(Problem(DeclarationProblemKind.HandlerNotStatic, [method.Name], method));
            valid = false;
        }

        if (method.IsGenericMethod || (method.ContainingType is { } containing && SymbolShape.IsGenericOrInGeneric(containing)))
        {
            problems.Add(Problem(DeclarationProblemKind.HandlerGeneric, [method.Name], method));
            valid = false;
        }

        if (SymbolShape.Reach(method) == Accessibility.Private)
        {
            problems.Add(Problem(
                DeclarationProblemKind.HandlerInaccessible,
                [method.Name],
                method));
            valid = false;
        }

        var stepType = method.Parameters.Length > 0 ? method.Parameters[0].Type as INamedTypeSymbol : null;
        var signatureOk = method.Parameters.Length == 2
            && method.Parameters[0].RefKind == RefKind.None
            && method.Parameters[1].RefKind == RefKind.None
            && stepType is not null
            && IsStepType(stepType)
            && KnownType.StepContext.Matches(method.Parameters[1].Type)
            && method.ReturnType is INamedTypeSymbol { Arity: 1 } returned
            && KnownType.ValueTask.Matches(returned)
            && KnownType.StepResult.Matches(returned.TypeArguments[0]);
        if (!signatureOk)
        {
            problems.Add(Problem(
                DeclarationProblemKind.HandlerSignature,
                [method.Name],
                method));
            valid = false;
        }
        else if (stepType!.IsAbstract)
        {
            problems.Add(Problem(
                DeclarationProblemKind.HandlerStepTypeAbstract,
                [method.Name, stepType.Name],
                method.Parameters[0]));
            valid = false;
        }

        var model = valid
            ? new StepHandlerModel(
                SymbolShape.FullyQualified(stepType!),
                SymbolShape.Depth(stepType!),
                SymbolShape.FullyQualified(method.ContainingType!),
                SymbolShape.Identifier(method.Name),
                CarriesItsHandler(stepType!, cancellationToken) ? SymbolShape.Describe(stepType!) : null,
                stepType!.IsSealed)
            : null;
        return new DeclarationReading<StepHandlerModel>(model, problems.ToImmutable());
    }

    /// <summary>
    /// True when the generator can write the handler call into the step type: declared here, partial with every
    /// containing type, and non-generic. Any other step type is reached through the dispatcher's switch alone.
    /// </summary>
    private static bool CarriesItsHandler(INamedTypeSymbol stepType, CancellationToken cancellationToken) =>
        SymbolShape.IsInSource(stepType)
        && !SymbolShape.IsGenericOrInGeneric(stepType)
        && SymbolShape.FirstNonPartial(stepType, cancellationToken) is null;

    /// <summary>True when <paramref name="type"/> is a step type: it derives from ProvisioningStep (and is not it).</summary>
    public static bool IsStepType(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && !KnownType.ProvisioningStep.Matches(type) && KnownType.ProvisioningStep.IsBaseOf(type);

    private static DeclarationProblem Problem(DeclarationProblemKind kind, string[] messageArguments, ISymbol symbol) =>
        new(kind, messageArguments, symbol);
}
