using System.Globalization;
using System.Threading.Tasks;
using Provisioning.Aggregation;
using Provisioning.Attributes;
using Provisioning.Calendar;
using Provisioning.Data;
using Provisioning.Execution.Dispatch;
using Provisioning.Feeds;
using Provisioning.__Internals;
using Provisioning.Planning;
using Provisioning.Session;
using Provisioning.Text;

namespace Provisioning.Execution.Handlers;

/// <summary>
/// The handlers of the built-in steps. Each records its change in the addition's <see cref="SessionTransaction"/>,
/// which the executor commits once every step succeeded; only the feed subscription touches the outside world before
/// that, and it returns its undo.
/// </summary>
internal static class BuiltInStepHandlers
{
    [StepHandler]
    internal static ValueTask<StepOutcome> CreateSymbol(CreateSymbol step, StepContext context)
    {
        context.Get<SessionTransaction>().CreateSymbol(step.AddedBy, step.MeetsSessionConfigRequirements, step.AutoProvisioned);
        return Done($"{step.Symbol} created, added by {step.AddedBy}");
    }

    [StepHandler]
    internal static ValueTask<StepOutcome> UpgradeSymbol(UpgradeSymbol step, StepContext context)
    {
        context.Get<SessionTransaction>().UpgradeSymbol(step.AddedBy);
        return Done($"{step.Symbol} now meets the session config (upgraded in place)");
    }

    [StepHandler]
    internal static ValueTask<StepOutcome> AddInterval(AddInterval step, StepContext context)
    {
        var transaction = context.Get<SessionTransaction>();
        if (step.BuiltFrom is { } builtFrom)
        {
            if (!transaction.HasInterval(builtFrom))
            {
                return Fail($"{step.Interval} bars of {step.Symbol} are built from {builtFrom} bars, which the symbol does not have.");
            }

            if (!BarAggregator.CanAggregate(builtFrom, step.Interval, out var reason))
            {
                return Fail(reason);
            }
        }

        transaction.AddInterval(step.Interval, step.BuiltFrom);
        return Done(step.BuiltFrom is { } b ? $"{step.Interval} series aggregated from {b}" : $"{step.Interval} base series");
    }

    [StepHandler]
    internal static async ValueTask<StepOutcome> LoadHistorical(LoadHistorical step, StepContext context)
    {
        var transaction = context.Get<SessionTransaction>();
        var store = context.Get<IHistoricalBarStore>();
        var calendar = context.Get<ITradingCalendar>();
        var observer = context.Get<IProvisioningObserver>();
        var bars = new HistoryBuffer(step.Bars);
        var statistics = new BarReadStatistics();
        await foreach (var batch in store.ReadRangePooledAsync(step.Symbol, step.Interval, step.FromUtc, step.ToUtc, statistics, context.CancellationToken).ConfigureAwait(false))
        {
            foreach (var bar in batch.Span)
            {
                // History holds complete bars only: a stored day bar of today is not known at 10:30; the stream brings it.
                if ((step.Interval.IsIntraday && bar.Start.AddSeconds(step.Interval.TotalSeconds) <= step.ToUtc)
                    || calendar.EndUtc(step.Interval, bar.Start) <= step.ToUtc)
                {
                    bars.Add(bar);
                }
            }

            observer.OnHistoryProgress(new HistoryLoadProgress(step.Symbol, step.Interval, bars.Count, step.Bars, Completed: false));
        }

        observer.OnHistoryProgress(new HistoryLoadProgress(step.Symbol, step.Interval, bars.Count, step.Bars, Completed: true));
        var load = new HistoryLoad(step.Symbol, step.Interval, step.FromUtc, step.ToUtc, bars.Count, step.Bars);
        transaction.RecordLoad(load);
        var dropped = statistics.Snapshot().Dropped;
        var droppedNote = dropped > 0 ? "; " + CountText.Of(dropped, "invalid row", "invalid rows") + " dropped" : string.Empty;
        var minimum = context.Get<HistoryLoadOptions>().MinimumLoadedFraction;
        if (load.BarsLoaded < minimum * load.BarsExpected)
        {
            bars.Dispose();
            return StepOutcome.Failure(
                string.Create(CultureInfo.InvariantCulture, $"{load}{droppedNote}: below the minimum of {minimum:0.#%} of the expected bars (HistoryLoadOptions.MinimumLoadedFraction). ")
                + "The store is missing bars in that range: fill it, or lower the minimum for a thinly traded symbol.");
        }

        transaction.AddHistory(step.Interval, bars);
        return StepOutcome.Success(
            $"{CountText.Count(bars.Count)} of {CountText.Of(step.Bars, "expected " + step.Interval + " bar", "expected " + step.Interval + " bars")} loaded{droppedNote}");
    }

    [StepHandler]
    internal static async ValueTask<StepOutcome> StartSessionStream(StartSessionStream step, StepContext context)
    {
        var transaction = context.Get<SessionTransaction>();
        var feed = context.Get<IBarFeed>();
        var session = context.Get<SessionData>();
        if (!feed.CanStream(step.Interval))
        {
            return StepOutcome.Failure($"The session feed does not stream {step.Interval} bars.");
        }

        // From the bar in progress at the session clock: history holds the complete bars before it, the stream the rest.
        // A series the symbol holds as history only may end earlier (loaded at 10:00, streamed from 11:00): from its end.
        var calendar = context.Get<ITradingCalendar>();
        var fromUtc = calendar.StartOfBarInProgress(step.Interval, transaction.NowUtc);
        if (transaction.HeldUntil(step.Interval) is { } heldUntil && heldUntil < fromUtc)
        {
            fromUtc = heldUntil;
        }

        session.OpenPending(step.Symbol, step.Interval);
        try
        {
            await feed.SubscribeAsync(step.Symbol, step.Interval, fromUtc, context.CancellationToken).ConfigureAwait(false);
        }
        catch (SubscriptionRefusedException refused)
        {
            session.RemovePending(step.Symbol, step.Interval);
            return StepOutcome.Failure(refused.Message);
        }
        catch
        {
            session.RemovePending(step.Symbol, step.Interval);
            throw;
        }

        transaction.AddStream(step.Interval);
        return StepOutcome.Success(
            $"{step.Interval} stream subscribed from {SessionTimeText.Of(calendar, fromUtc)}",
            async cancellationToken =>
            {
                await feed.UnsubscribeAsync(step.Symbol, step.Interval, cancellationToken).ConfigureAwait(false);
                session.RemovePending(step.Symbol, step.Interval);
            });
    }

    [StepHandler]
    internal static ValueTask<StepOutcome> RegisterIndicator(RegisterIndicator step, StepContext context)
    {
        var transaction = context.Get<SessionTransaction>();
        if (!transaction.HasInterval(step.Spec.Interval))
        {
            return Fail($"{step.Spec.Key} needs {step.Spec.Interval} bars of {step.Symbol}, which the symbol does not have.");
        }

        var created = context.Get<IndicatorCatalog>().Create(step.Spec);
        if (!created.Success)
        {
            return Fail(created.Reason);
        }

        transaction.AddIndicator(step.Spec, created.Value, step.WarmupFromUtc);
        return Done($"{step.Spec.Key} created; warmed on the loaded history at commit");
    }

    private static ValueTask<StepOutcome> Done(string message) => new(StepOutcome.Success(message));

    private static ValueTask<StepOutcome> Fail(string reason) => new(StepOutcome.Failure(reason));
}
