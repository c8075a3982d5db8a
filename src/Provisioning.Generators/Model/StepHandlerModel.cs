namespace Provisioning.Generators.Model;

/// <summary>A valid [StepHandler] method.</summary>
/// <param name="StepType">The step type as generated code writes it.</param>
/// <param name="StepTypeDepth">How many base types the step type has; derived types are matched first.</param>
/// <param name="HandlerType">The type declaring the method, as generated code writes it.</param>
/// <param name="MethodName">The method's name, escaped when it is a keyword.</param>
internal sealed record StepHandlerModel(string StepType, int StepTypeDepth, string HandlerType, string MethodName);
