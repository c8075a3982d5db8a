using System;
using System.Collections.Generic;
using Provisioning.Planning.Removal;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>
/// The reference counts of a session: per symbol, the grant each requester's succeeded additions hold (one per
/// requester and addition). Written by additions and removals under the symbol's gate; a symbol's entry goes when its
/// last grant does, so it holds no more than the session's symbols.
/// </summary>
internal sealed class HoldLedger
{
    private readonly Dictionary<string, List<Grant>> _bySymbol = new(StringComparer.Ordinal);

    /// <summary>How many symbols have a grant.</summary>
    public int SymbolCount
    {
        get
        {
            lock (_bySymbol)
            {
                return _bySymbol.Count;
            }
        }
    }

    /// <summary>The grants on <paramref name="symbol"/> (a copy).</summary>
    public IReadOnlyList<Grant> Of(string symbol)
    {
        lock (_bySymbol)
        {
            return _bySymbol.TryGetValue(symbol, out var grants) ? grants.ToArray() : [];
        }
    }

    /// <summary>Records <paramref name="grant"/> on <paramref name="symbol"/>; the same requester's same addition asked again widens its grant.</summary>
    public void Record(string symbol, Grant grant)
    {
        lock (_bySymbol)
        {
            if (!_bySymbol.TryGetValue(symbol, out var grants))
            {
                grants = [];
                _bySymbol[symbol] = grants;
            }

            var index = grants.FindIndex(g => g.Requester == grant.Requester && g.Addition == grant.Addition);
            if (index >= 0)
            {
                grants[index] = grants[index].Merge(grant);
            }
            else
            {
                grants.Add(grant);
            }
        }
    }

    /// <summary>
    /// What a symbol's metadata says once its grants are <paramref name="remaining"/>: when none of them is from the
    /// source it names as having added it (the config let go on a reload, a scanner keeps it), it names the remaining
    /// holder that added first; a symbol no longer held by the config no longer meets it and is held ad hoc. Null when
    /// the metadata stands (a grant of its source remains, or none remains and the symbol goes).
    /// </summary>
    public static SymbolMetadata? MetadataAfter(SymbolMetadata metadata, IReadOnlyList<Grant> remaining)
    {
        if (remaining.Count == 0)
        {
            return null;
        }

        foreach (var grant in remaining)
        {
            if (grant.Requester.Source == metadata.AddedBy)
            {
                return null;
            }
        }

        var holder = remaining[0].Requester.Source;
        return holder == ProvisionSource.Config
            ? metadata with { AddedBy = holder }
            : metadata with { AddedBy = holder, MeetsSessionConfigRequirements = false, AutoProvisioned = true };
    }

    /// <summary>Makes <paramref name="remaining"/> the grants on <paramref name="symbol"/>; none forgets the symbol.</summary>
    public void Replace(string symbol, IReadOnlyList<Grant> remaining)
    {
        lock (_bySymbol)
        {
            if (remaining.Count == 0)
            {
                _bySymbol.Remove(symbol);
            }
            else
            {
                _bySymbol[symbol] = [.. remaining];
            }
        }
    }
}
