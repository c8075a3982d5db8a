using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>
/// The session seen by one named requester (a strategy): every addition holds, and every removal releases, in its
/// name, so two strategies on one series each hold it and one's removal keeps it for the other.
/// </summary>
internal sealed class RequesterSession(SessionCoordinator session, string requester) : IProvisioningSession
{
    public ValueTask<AdditionResult> AddSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.AddSymbolAsync(symbol, source, requester, cancellationToken);

    public ValueTask<AdditionResult> AddBarsAsync(
        string symbol, string interval, int days = 0, bool historicalOnly = false, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.AddBarsAsync(symbol, interval, days, historicalOnly, source, requester, cancellationToken);

    public ValueTask<AdditionResult> AddIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.AddIndicatorAsync(symbol, spec, source, requester, cancellationToken);

    public ValueTask<AdditionResult> AddIndicatorAsync(
        string symbol, string name, IReadOnlyList<IndicatorParameter> parameters, string interval, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.AddIndicatorAsync(symbol, name, parameters, interval, source, requester, cancellationToken);

    public ValueTask<RemovalResult> RemoveSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.RemoveSymbolAsync(symbol, source, requester, cancellationToken);

    public ValueTask<RemovalResult> RemoveBarsAsync(string symbol, string interval, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.RemoveBarsAsync(symbol, interval, source, requester, cancellationToken);

    public ValueTask<RemovalResult> RemoveIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.RemoveIndicatorAsync(symbol, spec, source, requester, cancellationToken);

    public ValueTask<RemovalResult> RemoveIndicatorAsync(
        string symbol, string name, IReadOnlyList<IndicatorParameter> parameters, string interval, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
        session.RemoveIndicatorAsync(symbol, name, parameters, interval, source, requester, cancellationToken);
}
