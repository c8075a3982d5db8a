using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Provisioning.Calendar;
using Provisioning.Config;
using Provisioning.Data;
using Provisioning.Intervals;

namespace Provisioning.Planning;

/// <summary>
/// One <see cref="ProvisioningPipeline"/> per calendar of a session, so each symbol's history, Step 0 coverage and plan
/// follow its own market. Made on first use; bounded by the calendars there can be (the shipped ones and
/// <see cref="ExchangeCalendars.MaxRegistered"/> more). Thread-safe.
/// </summary>
internal sealed class MarketPipelines
{
    private readonly ResolvedSessionConfig _config;
    private readonly IHistoricalBarStore _store;
    private readonly Func<Interval, bool> _canStream;
    private readonly ConcurrentDictionary<ITradingCalendar, ProvisioningPipeline> _pipelines = new(ReferenceEqualityComparer.Instance);

    /// <summary>Pipelines for a session configured by <paramref name="config"/>, validating against <paramref name="store"/> and a feed that streams what <paramref name="canStream"/> says.</summary>
    public MarketPipelines(ResolvedSessionConfig config, IHistoricalBarStore store, Func<Interval, bool> canStream)
    {
        _config = config;
        _store = store;
        _canStream = canStream;
    }

    /// <summary>How many pipelines are made (one per calendar used).</summary>
    public int Count => _pipelines.Count;

    /// <summary>The pipeline of a symbol on <paramref name="calendar"/>.</summary>
    public ProvisioningPipeline For(ITradingCalendar calendar) =>
        _pipelines.GetOrAdd(calendar, static (c, self) => ProvisioningPipeline.Create(self._config, c, self._store, self._canStream), this);
}
