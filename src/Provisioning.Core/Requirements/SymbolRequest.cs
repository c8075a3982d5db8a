namespace Provisioning.Requirements;

/// <summary>Adds a symbol with everything the session config asks of every symbol (its intervals and history).</summary>
/// <param name="Symbol">The symbol as given.</param>
/// <param name="Source">Who asks; <see cref="ProvisionSource.Config"/> for the session config's symbols.</param>
internal sealed record SymbolRequest(string Symbol, ProvisionSource Source = ProvisionSource.Adhoc)
    : ProvisioningRequest(Symbol, Source)
{
    /// <inheritdoc />
    public override OperationType Operation => OperationType.Symbol;
}
