using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>
/// The additions and removals a trading session accepts. Every call goes through the same pipeline (requirement analysis,
/// validation, planning, execution) and returns its <see cref="AdditionResult"/>; bad input is a rejected result
/// with a reason, never an exception, and never changes the session. Generated <c>Add…Async</c> methods per indicator
/// are thin extensions over <see cref="AddIndicatorAsync(string, string, IReadOnlyList{IndicatorParameter}, string, ProvisionSource, CancellationToken)"/>.
/// A removal drops the holds of its source (a strategy's own: the strategy's) and removes only what nothing else holds;
/// its <see cref="RemovalResult"/> says what was removed and what was kept and why.
/// </summary>
public interface IProvisioningSession
{
    /// <summary>Adds a symbol with everything the session config asks of every symbol.</summary>
    ValueTask<AdditionResult> AddSymbolAsync(
        string symbol,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);

    /// <summary>Adds bars of <paramref name="interval"/> for a symbol, with <paramref name="days"/> trading days of history.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="interval">The interval text ("5m").</param>
    /// <param name="days">Trading days of history to load; 0 for none.</param>
    /// <param name="historicalOnly">True to load history without streaming the interval during the session.</param>
    /// <param name="source">Who asks.</param>
    /// <param name="cancellationToken">Cancels the addition; what was done is undone.</param>
    ValueTask<AdditionResult> AddBarsAsync(
        string symbol,
        string interval,
        int days = 0,
        bool historicalOnly = false,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);

    /// <summary>Adds an indicator described as data, for a symbol.</summary>
    ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol,
        IndicatorSpec spec,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an indicator named by text (as configs and generated methods do): the name is looked up among the
    /// declared indicators, the parameters checked against their declared ranges and the interval parsed; any of these
    /// failing gives a rejected result.
    /// </summary>
    ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops every hold <paramref name="source"/> has on <paramref name="symbol"/>; the symbol, or what others still
    /// hold of it, stays while another source holds it. Removing what the source never added is a rejected result.
    /// </summary>
    ValueTask<RemovalResult> RemoveSymbolAsync(
        string symbol,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);

    /// <summary>Drops the hold of <paramref name="source"/>'s <c>AddBarsAsync</c> of <paramref name="interval"/>; the series goes when nothing else holds it.</summary>
    ValueTask<RemovalResult> RemoveBarsAsync(
        string symbol,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);

    /// <summary>Drops the hold of <paramref name="source"/>'s addition of the indicator <paramref name="spec"/>; it goes when nothing else holds it.</summary>
    ValueTask<RemovalResult> RemoveIndicatorAsync(
        string symbol,
        IndicatorSpec spec,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="RemoveIndicatorAsync(string, IndicatorSpec, ProvisionSource, CancellationToken)"/> for an indicator
    /// named by text, as generated <c>Remove…Async</c> methods call it; a name, parameter or interval that does not
    /// resolve gives a rejected result.
    /// </summary>
    ValueTask<RemovalResult> RemoveIndicatorAsync(
        string symbol,
        string name,
        IReadOnlyList<IndicatorParameter> parameters,
        string interval,
        ProvisionSource source = ProvisionSource.Adhoc,
        CancellationToken cancellationToken = default);
}
