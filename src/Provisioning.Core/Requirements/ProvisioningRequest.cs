namespace Provisioning.Requirements;

/// <summary>
/// An addition asked of a session, before analysis: a closed set of records, <see cref="SymbolRequest"/>,
/// <see cref="BarRequest"/> and <see cref="IndicatorRequest"/>. Values are taken as given (user text included);
/// requirement analysis checks them.
/// </summary>
internal abstract record ProvisioningRequest
{
    private protected ProvisioningRequest(string symbol, ProvisionSource source)
    {
        Symbol = symbol;
        Source = source;
    }

    /// <summary>The symbol as given ("aapl" is fine; it is normalised by analysis).</summary>
    public string Symbol { get; init; }

    /// <summary>Who asks.</summary>
    public ProvisionSource Source { get; init; }

    /// <summary>The strategy asking, for a strategy's own additions: its holds are its own. Null otherwise.</summary>
    public string? RequesterName { get; init; }

    /// <summary>What the request adds.</summary>
    public abstract OperationType Operation { get; }
}
