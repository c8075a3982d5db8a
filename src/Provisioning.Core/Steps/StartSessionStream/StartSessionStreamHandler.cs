using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Data.Feeds;

namespace Provisioning.Steps;

/// <summary>
/// Runs <see cref="StartSessionStream"/>: the one built-in step that touches the outside world before the commit. It
/// subscribes the feed from the bar in progress (or from the end of what the series holds), holding the bars it
/// delivers until the commit joins them, and returns its undo: unsubscribe and drop the held bars.
/// </summary>
internal static class StartSessionStreamHandler
{
    [StepHandler]
    internal static async ValueTask<StepResult> Handle(StartSessionStream step, StepContext context)
    {
        var workspace = context.Workspace;
        var feed = context.Feed;
        if (!feed.CanStream(step.Interval))
        {
            return StepResult.Fail($"The session feed does not stream {step.Interval} bars.");
        }

        // From the bar in progress at the session clock: history holds the complete bars before it, the stream the rest.
        // A series the symbol holds as history only may end earlier (loaded at 10:00, streamed from 11:00): from its end.
        var calendar = context.Calendar;
        var fromUtc = calendar.StartOfBarInProgress(step.Interval, workspace.NowUtc);
        if (workspace.HeldUntil(step.Interval) is { } heldUntil && heldUntil < fromUtc)
        {
            fromUtc = heldUntil;
        }

        workspace.OpenPendingStream(step.Interval);
        try
        {
            await feed.SubscribeAsync(step.Symbol, step.Interval, fromUtc, context.CancellationToken).ConfigureAwait(false);
        }
        catch (SubscriptionRefusedException refused)
        {
            workspace.DropPendingStream(step.Interval);
            return StepResult.Fail(refused.Message);
        }
        catch
        {
            workspace.DropPendingStream(step.Interval);
            throw;
        }

        workspace.AddStream(step.Interval);
        return StepResult.Done(
            $"{step.Interval} stream subscribed from {SessionTimeText.Of(calendar, fromUtc)}",
            async cancellationToken =>
            {
                await feed.UnsubscribeAsync(step.Symbol, step.Interval, cancellationToken).ConfigureAwait(false);
                workspace.DropPendingStream(step.Interval);
            });
    }
}
