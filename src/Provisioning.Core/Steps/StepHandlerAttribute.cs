using System;

namespace Provisioning.Steps;

/// <summary>
/// Marks the method that executes one provisioning step type. The method takes the step (a record deriving from
/// <see cref="Steps.ProvisioningStep"/>) and a <c>StepContext</c>, and returns a
/// <c>ValueTask&lt;StepResult&gt;</c>. The generator builds the executor's dispatch from these methods, so a new step type
/// and its handler join plans with no other registration. Each step type has exactly one handler (PRV0007).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class StepHandlerAttribute : Attribute
{
}
