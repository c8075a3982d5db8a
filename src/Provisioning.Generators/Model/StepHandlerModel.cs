namespace Provisioning.Generators.Model;

/// <summary>A valid [StepHandler] method.</summary>
/// <param name="StepType">The step type as generated code writes it.</param>
/// <param name="StepTypeDepth">How many base types the step type has; derived types are matched first.</param>
/// <param name="HandlerType">The type declaring the method, as generated code writes it.</param>
/// <param name="MethodName">The method's name, escaped when it is a keyword.</param>
/// <param name="PartialStepType">
/// The step type's declaration when it is partial, non-generic and declared in this compilation: the generator writes
/// the handler call into it, so the default dispatch reaches the handler through one virtual call. Null otherwise.
/// </param>
/// <param name="StepTypeIsSealed">
/// True when the step type is sealed; otherwise the written call runs only for the type itself, since a derived type
/// may have a handler of its own elsewhere.
/// </param>
internal sealed record StepHandlerModel(
    string StepType,
    int StepTypeDepth,
    string HandlerType,
    string MethodName,
    TypeDeclarationModel? PartialStepType = null,
    bool StepTypeIsSealed = false);
