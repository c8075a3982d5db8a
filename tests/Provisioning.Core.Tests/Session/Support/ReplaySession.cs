using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Clock;
using Provisioning.Config;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Execution;
using Provisioning.Hosting;
using Microsoft.Extensions.Logging;
using Provisioning.Indicators.__Internals;
using Provisioning.Session;
using Provisioning.Steps;

namespace Provisioning.Core.Tests.Session.Support;

/// <summary>A coordinator replaying one sample session, with its clock, feed and a recording observer.</summary>
internal sealed class ReplaySession
{
    public ReplaySession(
        IHistoricalBarStore store,
        SessionConfig config,
        DateOnly date,
        IProvisioningObserver? observer = null,
        IndicatorCatalog? catalog = null,
        HistoryLoadOptions? historyLoad = null,
        ILogger<SessionCoordinator>? logger = null)
    {
        Calendar = ExchangeCalendars.Xnys;
        Assert.True(Calendar.TryGetSession(date, out var session), $"{date} is not a session");
        Session = session;
        Resolved = config.Resolve();
        Assert.True(Resolved.IsValid, string.Join("; ", Resolved.Errors));
        Clock = new ReplayClock(session.OpenUtc);
        Feed = new ReplayBarFeed(store, session, Resolved.BaseIntervals, Clock);
        Observer = new RecordingObserver(observer);
        Coordinator = new SessionCoordinator(Resolved, Calendar, store, Feed, Clock, logger: logger, catalog: catalog, observer: Observer, historyLoad: historyLoad);
    }

    public ITradingCalendar Calendar { get; }

    public TradingSession Session { get; }

    public ResolvedSessionConfig Resolved { get; }

    public ReplayClock Clock { get; }

    public ReplayBarFeed Feed { get; }

    public RecordingObserver Observer { get; }

    public SessionCoordinator Coordinator { get; }

    /// <summary>The UTC instant of a New York wall-clock time on the session's date.</summary>
    public DateTime At(int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(Session.Date.ToDateTime(new TimeOnly(hour, minute)), Calendar.TimeZone);

    /// <summary>
    /// Replays the whole session: the feed and the coordinator's delivery loop together. The coordinator attached to the
    /// feed when it was created, so the feed's scheduled actions wait for the bars written before them whichever starts first.
    /// </summary>
    public Task RunAsync()
    {
        var delivering = Coordinator.RunAsync();
        return Task.WhenAll(Feed.RunAsync(), delivering);
    }

    public static SessionConfig Config(IEnumerable<string> symbols, IEnumerable<string>? derived = null, int trailingDays = 0) => new()
    {
        Symbols = [.. symbols],
        Streams = ["1m", "1d"],
        DerivedIntervals = [.. derived ?? []],
        Historical = new HistoricalConfig { Enabled = trailingDays > 0, TrailingDays = trailingDays },
    };
}
