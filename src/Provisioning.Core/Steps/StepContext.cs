using System;
using System.Threading;
using Provisioning.Calendar;
using Provisioning.Data.Feeds;
using Provisioning.Data;
using Provisioning.Indicators.__Internals;

namespace Provisioning.Steps;

/// <summary>
/// What a step handler works with, typed: the data store, the exchange calendar, the feed, the indicator catalog, the
/// clock, the history-load options, progress reporting and the cancellation of the addition, and the host's
/// <see cref="Services"/> for user-defined steps. Built-in handlers also get the addition's staging workspace. One
/// context serves every step of a plan.
/// </summary>
public sealed class StepContext
{
    private readonly IStepWorkspace? _workspace;
    private readonly IRemovalWorkspace? _removal;
    private readonly IHistoricalBarStore? _store;
    private readonly ITradingCalendar? _calendar;
    private readonly IBarFeed? _feed;
    private readonly IndicatorCatalog? _catalog;

    /// <summary>A context for handlers that need only host services (tests, user steps run on their own).</summary>
    /// <param name="services">The host's services; an empty provider when null.</param>
    /// <param name="cancellationToken">Cancels the addition; handlers pass it to their I/O.</param>
    public StepContext(IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        Services = services ?? EmptyServices.Instance;
        CancellationToken = cancellationToken;
    }

    /// <summary>The context of one addition in a session.</summary>
    internal StepContext(
        IStepWorkspace workspace,
        IHistoricalBarStore store,
        ITradingCalendar calendar,
        IBarFeed feed,
        IndicatorCatalog catalog,
        TimeProvider clock,
        HistoryLoadOptions historyLoad,
        IProgress<HistoryLoadProgress> historyProgress,
        IServiceProvider? services,
        CancellationToken cancellationToken)
        : this(services, cancellationToken)
    {
        _workspace = workspace;
        _store = store;
        _calendar = calendar;
        _feed = feed;
        _catalog = catalog;
        Clock = clock;
        HistoryLoad = historyLoad;
        HistoryProgress = historyProgress;
    }

    /// <summary>The context of one removal in a session: its staging workspace and the feed.</summary>
    internal StepContext(IRemovalWorkspace removal, IBarFeed feed, TimeProvider clock, IServiceProvider? services, CancellationToken cancellationToken)
        : this(services, cancellationToken)
    {
        _removal = removal;
        _feed = feed;
        Clock = clock;
    }

    /// <summary>The host's services, for handlers of user-defined steps.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Cancels the addition.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The session's historical bar store.</summary>
    public IHistoricalBarStore Store => _store ?? throw Missing(nameof(Store));

    /// <summary>The calendar of the addition's symbol (its exchange's, which need not be the session's default).</summary>
    public ITradingCalendar Calendar => _calendar ?? throw Missing(nameof(Calendar));

    /// <summary>The session's live (or replayed) bar feed.</summary>
    public IBarFeed Feed => _feed ?? throw Missing(nameof(Feed));

    /// <summary>The indicators the session can create.</summary>
    public IndicatorCatalog Catalog => _catalog ?? throw Missing(nameof(Catalog));

    /// <summary>The session clock.</summary>
    public TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary>How much of an expected history a load must return.</summary>
    public HistoryLoadOptions HistoryLoad { get; } = new();

    /// <summary>Tells the session's observer how a history load is going.</summary>
    public IProgress<HistoryLoadProgress> HistoryProgress { get; } = NoProgress.Instance;

    /// <summary>The addition's staging workspace, where built-in handlers record their changes.</summary>
    internal IStepWorkspace Workspace => _workspace ?? throw Missing(nameof(Workspace));

    /// <summary>The removal's staging workspace, where the removal handlers stage what goes.</summary>
    internal IRemovalWorkspace RemovalWorkspace => _removal ?? throw Missing(nameof(RemovalWorkspace));

    private static InvalidOperationException Missing(string member) =>
        new($"This step context has no {member}: it was made for handlers that need only host services, not by a session.");

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }

    private sealed class NoProgress : IProgress<HistoryLoadProgress>
    {
        public static readonly NoProgress Instance = new();

        public void Report(HistoryLoadProgress value)
        {
        }
    }
}
