namespace Provisioning.Planning;

/// <summary>
/// One typed step of a provisioning plan. The built-in steps are records in this folder; a new step type is a record
/// deriving from this one with one <see cref="Attributes.StepHandlerAttribute"/> method to execute it.
/// </summary>
/// <param name="Symbol">The symbol the step works on.</param>
public abstract record ProvisioningStep(string Symbol)
{
    /// <summary>A one-line description for plans, logs and the CLI ("add interval 5m (from 1m)").</summary>
    public abstract string Describe();
}
