using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Collections;
using Provisioning.Config;
using Provisioning.Execution;
using Provisioning.Planning.Removal;
using Provisioning.Requirements;
using Provisioning.Text;

namespace Provisioning.Session;

/// <summary>
/// Provisions a reloaded session config as a diff through the session's one pipeline: every symbol the new config names
/// is added as <see cref="ProvisionSource.Config"/> (new ones are created, ad hoc ones upgraded in place, satisfied ones
/// plan nothing), with the config's indicators and, for a symbol new to the config, what the strategies declared; each
/// symbol the config no longer names is released from the config's hold (and the declarations made for it, only those), so it is
/// removed unless another requester still holds it; a config indicator no longer listed is released likewise. A config
/// with errors, or one changing what a running session keeps, is refused whole and nothing changes.
/// </summary>
internal sealed class SessionReload(SessionCoordinator session)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ConfigReloadResult> RunAsync(ResolvedSessionConfig next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await ApplyAsync(next, cancellationToken).ConfigureAwait(false);
            if (!result.Applied)
            {
                ReloadLog.Refused(session.Logger, EchoedText.OneLine(string.Join(" ", result.Errors)));
            }

            session.OnReloaded(result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Refuses a config that could not even be read or bound (<paramref name="errors"/> say why): nothing changes.</summary>
    public ConfigReloadResult Refuse(IEnumerable<string> errors)
    {
        var result = ConfigReloadResult.Refused(errors);
        ReloadLog.Refused(session.Logger, EchoedText.OneLine(string.Join(" ", result.Errors)));
        session.OnReloaded(result);
        return result;
    }

    private async Task<ConfigReloadResult> ApplyAsync(ResolvedSessionConfig next, CancellationToken cancellationToken)
    {
        var previous = session.Config;
        if (!next.Errors.IsEmpty)
        {
            // Read from a file, an error says where: "6:55: historical.data: …".
            return ConfigReloadResult.Refused(next.Errors.Select(e => e.Line > 0 ? e.Line + ":" + e.Column + ": " + e : e.ToString()));
        }

        if (SessionConfigDiff.Unchangeable(previous, next) is { } reason)
        {
            return ConfigReloadResult.Refused([reason]);
        }

        var diff = SessionConfigDiff.Of(previous, next);
        session.UseConfig(next);
        var additions = new List<AdditionResult>();
        foreach (var symbol in next.Symbols)
        {
            var added = await session.AddSymbolAsync(symbol, ProvisionSource.Config, cancellationToken).ConfigureAwait(false);
            additions.Add(added);
            if (!added.Succeeded)
            {
                continue;
            }

            foreach (var configured in next.Indicators)
            {
                additions.Add(await session.AddIndicatorAsync(
                    symbol, configured.Name, configured.Parameters.ToArray(), configured.Interval.ToString(), ProvisionSource.Config, cancellationToken).ConfigureAwait(false));
            }

            if (diff.Added.Contains(symbol))
            {
                additions.AddRange(await session.ProvisionAsync(session.Declared, symbol, ProvisionSource.Strategy, cancellationToken).ConfigureAwait(false));
            }
        }

        var removals = new List<RemovalResult>();
        foreach (var symbol in diff.Released.Where(s => session.Data.TryGetSymbol(s, out _)))
        {
            // The declarations were provisioned because the config named the symbol: they go with it, but only they,
            // so what code added directly as Strategy (no strategy name) keeps its hold.
            removals.AddRange(await ReleaseDeclarationsAsync(symbol, cancellationToken).ConfigureAwait(false));
            removals.Add(await session.RemoveSymbolAsync(symbol, ProvisionSource.Config, cancellationToken).ConfigureAwait(false));
        }

        foreach (var symbol in diff.Kept.Where(s => session.Data.TryGetSymbol(s, out _)))
        {
            foreach (var dropped in diff.DroppedIndicators)
            {
                removals.Add(await session.RemoveIndicatorAsync(
                    symbol, dropped.Name, dropped.Parameters.ToArray(), dropped.Interval.ToString(), ProvisionSource.Config, cancellationToken).ConfigureAwait(false));
            }
        }

        var applied = new ConfigReloadResult(true, EquatableArray<string>.Empty)
        {
            Additions = new EquatableArray<AdditionResult>(additions),
            Removals = new EquatableArray<RemovalResult>(removals),
        };
        ReloadLog.Applied(session.Logger, diff.Added.Count, diff.Kept.Count, diff.Released.Count, applied.ToString());
        return applied;
    }

    // Releases each declaration the strategies hold on the symbol (one that failed to provision holds nothing to release).
    private async Task<IReadOnlyList<RemovalResult>> ReleaseDeclarationsAsync(string symbol, CancellationToken cancellationToken)
    {
        var declarations = new Requester(ProvisionSource.Strategy);
        var held = session.Data.Holds.Of(symbol).Where(g => g.Requester == declarations).Select(g => g.Addition).ToHashSet(StringComparer.Ordinal);
        var removals = new List<RemovalResult>();
        foreach (var declared in session.Declared)
        {
            if (declared.Indicator is { } spec)
            {
                var validated = session.Catalog.Validate(spec);
                if (validated.Success && held.Contains(Grant.IndicatorAddition(validated.Value.Key)))
                {
                    removals.Add(await session.RemoveIndicatorAsync(symbol, spec, ProvisionSource.Strategy, cancellationToken).ConfigureAwait(false));
                }
            }
            else if (declared.Bars is { } interval && held.Contains(Grant.BarsAddition(interval)))
            {
                removals.Add(await session.RemoveBarsAsync(symbol, interval.ToString(), ProvisionSource.Strategy, cancellationToken).ConfigureAwait(false));
            }
        }

        return removals;
    }
}
