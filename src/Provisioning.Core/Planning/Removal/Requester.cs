using Provisioning.Requirements;

namespace Provisioning.Planning.Removal;

/// <summary>
/// Who holds what an addition provisioned: its source and, for a strategy, the strategy's name. A removal drops only its
/// own requester's holds.
/// </summary>
/// <param name="Source">The source of the addition.</param>
/// <param name="Name">The strategy's name for a strategy's own additions; null otherwise.</param>
internal readonly record struct Requester(ProvisionSource Source, string? Name = null)
{
    /// <inheritdoc />
    public override string ToString() => Name is null ? Source.ToString() : $"{Source} {Name}";
}
