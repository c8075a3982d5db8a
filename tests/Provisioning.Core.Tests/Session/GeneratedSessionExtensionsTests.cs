using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Generated;
using Provisioning.Execution;
using Provisioning.Indicators;
using Provisioning.Planning;
using Provisioning.Requirements;
using Provisioning.Session;

namespace Provisioning.Core.Tests.Session;

/// <summary>
/// The generated AddTestChannelAsync goes through the session's name-based indicator addition, and the generated
/// RemoveTestChannelAsync beside it through the name-based removal.
/// </summary>
public sealed class GeneratedSessionExtensionsTests
{
    [Fact]
    public async Task Passes_the_declared_name_the_values_by_name_the_interval_and_the_source()
    {
        var session = new RecordingSession();
        using var cancellation = new CancellationTokenSource();

        await session.AddTestChannelAsync("AAPL", period: 20, interval: "5m", width: 2.5, source: ProvisionSource.Scanner, cancellationToken: cancellation.Token);

        var call = Assert.Single(session.Calls);
        Assert.Equal("AAPL", call.Symbol);
        Assert.Equal("test_channel", call.Name);
        Assert.Equal([new IndicatorParameter("period", 20), new IndicatorParameter("width", 2.5)], call.Parameters);
        Assert.Equal("5m", call.Interval);
        Assert.Equal(ProvisionSource.Scanner, call.Source);
        Assert.Equal(cancellation.Token, call.CancellationToken);
    }

    [Fact]
    public async Task Optional_parameters_take_their_declared_default_and_the_source_defaults_to_ad_hoc()
    {
        var session = new RecordingSession();

        await session.AddTestChannelAsync("MSFT", 10, "1h");

        var call = Assert.Single(session.Calls);
        Assert.Equal([new IndicatorParameter("period", 10), new IndicatorParameter("width", 2.0)], call.Parameters);
        Assert.Equal(ProvisionSource.Adhoc, call.Source);
    }

    [Fact]
    public async Task The_generated_removal_passes_the_same_name_values_interval_and_source_to_the_name_based_removal()
    {
        var session = new RecordingSession();
        using var cancellation = new CancellationTokenSource();

        var result = await session.RemoveTestChannelAsync("AAPL", period: 20, interval: "5m", width: 2.5, source: ProvisionSource.Scanner, cancellationToken: cancellation.Token);

        Assert.Equal("recorded", result.Reason);
        var call = Assert.Single(session.Calls);
        Assert.Equal(("AAPL", "test_channel", "5m", ProvisionSource.Scanner), (call.Symbol, call.Name, call.Interval, call.Source));
        Assert.Equal([new IndicatorParameter("period", 20), new IndicatorParameter("width", 2.5)], call.Parameters);
        Assert.Equal(cancellation.Token, call.CancellationToken);
    }

    private sealed record Call(
        string Symbol,
        string Name,
        IReadOnlyList<IndicatorParameter> Parameters,
        string Interval,
        ProvisionSource Source,
        CancellationToken CancellationToken);

    private sealed class RecordingSession : IProvisioningSession
    {
        public List<Call> Calls { get; } = [];

        public ValueTask<AdditionResult> AddIndicatorAsync(
            string symbol,
            string name,
            IReadOnlyList<IndicatorParameter> parameters,
            string interval,
            ProvisionSource source = ProvisionSource.Adhoc,
            CancellationToken cancellationToken = default)
        {
            Calls.Add(new Call(symbol, name, parameters, interval, source, cancellationToken));
            return new(Rejected(symbol));
        }

        public ValueTask<AdditionResult> AddSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
            throw new System.NotSupportedException();

        public ValueTask<RemovalResult> RemoveIndicatorAsync(
            string symbol,
            string name,
            IReadOnlyList<IndicatorParameter> parameters,
            string interval,
            ProvisionSource source = ProvisionSource.Adhoc,
            CancellationToken cancellationToken = default)
        {
            Calls.Add(new Call(symbol, name, parameters, interval, source, cancellationToken));
            return new(new RemovalResult(symbol, OperationType.Indicator, name, source, ProvisioningPlan.Nothing(symbol), default, RemovalStatus.Rejected, "recorded"));
        }

        public ValueTask<RemovalResult> RemoveSymbolAsync(string symbol, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
            throw new System.NotSupportedException();

        public ValueTask<RemovalResult> RemoveBarsAsync(string symbol, string interval, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
            throw new System.NotSupportedException();

        public ValueTask<RemovalResult> RemoveIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
            throw new System.NotSupportedException();

        public ValueTask<AdditionResult> AddBarsAsync(string symbol, string interval, int days = 0, bool historicalOnly = false, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
            throw new System.NotSupportedException();

        public ValueTask<AdditionResult> AddIndicatorAsync(string symbol, IndicatorSpec spec, ProvisionSource source = ProvisionSource.Adhoc, CancellationToken cancellationToken = default) =>
            throw new System.NotSupportedException();

        private static AdditionResult Rejected(string symbol) =>
            AdditionResult.Rejected(new ProvisioningRequirements
            {
                Operation = OperationType.Indicator,
                Source = ProvisionSource.Adhoc,
                Symbol = symbol,
                ValidationErrors = ["recorded only"],
            });
    }
}
