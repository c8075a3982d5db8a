using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data;
using Provisioning.Intervals;
using Provisioning.Requirements;

namespace Provisioning.Planning.Validation;

/// <summary>
/// Step 0, whole and in one place: the store half (the symbol, its base intervals and the history each load needs,
/// from listings and file metadata; no bar is read) and the feed half (every base the addition needs live is
/// streamed). The session asks its feed; a dry run asks what the session's feed would stream. Each check runs once.
/// </summary>
internal sealed class StepZero
{
    private readonly HistoricalDataValidator _store;
    private readonly IHistoricalBarStore _bars;
    private readonly ITradingCalendar _calendar;
    private readonly Func<Interval, bool> _canStream;

    /// <summary>Step 0 over <paramref name="store"/>, with <paramref name="canStream"/> answering whether the feed streams a base.</summary>
    public StepZero(IHistoricalBarStore store, ITradingCalendar calendar, Func<Interval, bool> canStream)
    {
        ArgumentNullException.ThrowIfNull(canStream);
        _store = new HistoricalDataValidator(store, calendar);
        _bars = store;
        _calendar = calendar;
        _canStream = canStream;
    }

    /// <summary>Checks <paramref name="requirements"/> against the store and the feed; <see cref="StepZeroResult.NotRun"/> when analysis refused it.</summary>
    public async ValueTask<StepZeroResult> ValidateAsync(ProvisioningRequirements requirements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        if (!requirements.CanProceed)
        {
            return StepZeroResult.NotRun;
        }

        // Requirements built by hand may give only History (in the base interval) rather than per-base loads.
        var loads = !requirements.NeedsHistorical ? default
            : !requirements.HistoryLoads.IsEmpty ? requirements.HistoryLoads
            : requirements.History is { } history ? EquatableArray<HistoryEstimate>.Of(history)
            : default;
        var checks = new List<SymbolValidationResult>();
        if (loads.IsEmpty)
        {
            checks.Add(await _store.ValidateAsync(requirements.Symbol, requirements.BaseInterval, null, cancellationToken).ConfigureAwait(false));
        }
        else
        {
            foreach (var load in loads)
            {
                checks.Add(await _store.ValidateAsync(requirements.Symbol, load.Interval, load, cancellationToken).ConfigureAwait(false));
            }
        }

        var errors = new List<string>();
        foreach (var check in checks)
        {
            AddProblems(check, errors);
        }

        var symbolValidated = checks.All(c => c.SymbolWellFormed && c.SymbolKnown);
        var historicalAvailable = requirements.NeedsHistorical
            ? checks.All(c => c.HistoryCovered && c.CanProceed)
            : checks.All(c => c.HasHistoricalData);
        var sessionAvailable = !requirements.NeedsSession || StreamsNeeded(requirements, errors);
        var (notes, warnings) = await CorporateActionCheck.CheckAsync(_bars, _calendar, requirements, loads, cancellationToken).ConfigureAwait(false);
        return new StepZeroResult(
            new EquatableArray<SymbolValidationResult>(checks),
            EquatableArray<string>.FromOwnedArray(errors.ToArray()),
            symbolValidated,
            historicalAvailable,
            sessionAvailable)
        {
            CorporateActions = notes,
            Warnings = warnings,
        };
    }

    // The feed half: every base an interval of the addition is streamed from.
    private bool StreamsNeeded(ProvisioningRequirements requirements, List<string> errors)
    {
        var streamable = true;
        foreach (var interval in requirements.IntervalRequirements)
        {
            var baseInterval = interval.BuiltFrom ?? interval.Interval;
            if (!_canStream(baseInterval))
            {
                streamable = false;
                errors.Add($"The session feed does not stream {baseInterval} bars, which {interval.Interval} needs; add it to \"streams\" or ask for history only.");
            }
        }

        return streamable;
    }

    // Each problem once; the first of a check followed by what would work instead.
    private static void AddProblems(SymbolValidationResult check, List<string> errors)
    {
        for (var i = 0; i < check.Problems.Count; i++)
        {
            var message = check.Problems[i].Message;
            if (i == 0 && !check.Suggestions.IsEmpty)
            {
                message += " Instead: " + string.Join("; or ", check.Suggestions.Select(s => s.TrimEnd('.'))) + ".";
            }

            if (!errors.Contains(message))
            {
                errors.Add(message);
            }
        }
    }
}
