using System.Threading;
using System.Threading.Tasks;

namespace Provisioning.Data.CorporateActions;

/// <summary>A store that keeps corporate-action tables beside its bars (the Parquet store, on disk and on object storage).</summary>
internal interface ICorporateActionSource
{
    /// <summary>
    /// The corporate actions of <paramref name="symbol"/>; an empty table when the store holds none. Never throws for a
    /// bad file or row: those are the table's problems.
    /// </summary>
    ValueTask<CorporateActionTable> ReadActionsAsync(string symbol, CancellationToken cancellationToken = default);
}
