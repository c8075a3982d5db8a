using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Provisioning.Calendar;
using Provisioning.Collections;
using Provisioning.Data.CorporateActions;
using Provisioning.Intervals;
using Provisioning.Symbols;

namespace Provisioning.Data.Store;

/// <summary>
/// Historical bars in Parquet files under one directory, laid out by <see cref="ParquetBarStoreOptions.PathTemplate"/>
/// (by default <c>interval=1m/symbol=AAPL/year=2024.parquet</c>). Reads files written by this library, pandas/pyarrow,
/// DuckDB or Spark (see <see cref="ParquetBarStoreOptions"/> for the accepted shapes).
/// <para>
/// Reads open only the files of the years a range touches, and inside them only the row groups whose timestamp
/// statistics meet the range. Each row group's columns are read whole into pooled arrays and turned into bars in one
/// pass; the bars are handed out oldest first whatever the order of the rows (row groups whose spans overlap are read
/// together). Invalid rows are dropped and counted (see <see cref="BarReadCounts"/>); with a calendar, bars outside the
/// sessions of the symbol's exchange are dropped too, and day bars are stamped at their session's open.
/// </para>
/// <para>
/// Footers are cached per file while its length and write time are unchanged, directory listings per directory while
/// its write and creation times are unchanged (and it was last written at least two seconds before it was listed), a
/// symbol's corporate-action table while its files' versions are unchanged; a series' availability is computed from the
/// cached footers each time. The store is thread-safe.
/// </para>
/// </summary>
internal sealed class ParquetBarStore : IHistoricalBarStore, ICorporateActionSource
{
    private readonly ParquetBarStoreOptions _options;
    private readonly BarPathLayout _layout;
    private readonly TimeZoneInfo? _naiveZone;
    private readonly Func<string, ITradingCalendar?> _calendarOf;
    private readonly ConcurrentDictionary<string, BarFileSummary> _summaries = new(StringComparer.Ordinal);
    private readonly IBarFileSource _source;
    private readonly DirectoryListingCache _listings;
    private readonly CorporateActionCache _actions;

    // Local files only: a kept reader holds a file handle and its buffer, cheap on a disk, not over a network.
    private IdleReaderPool? _readers;

    /// <summary>The most readers of local files a store keeps open between reads.</summary>
    internal const int KeptReaders = 32;

    /// <summary>Creates a store over <paramref name="options"/>' root.</summary>
    /// <param name="options">Root, layout, column mapping and timestamp settings.</param>
    /// <param name="calendar">When given, bars outside the calendar's sessions are dropped and counted.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message says which and why).</exception>
    public ParquetBarStore(ParquetBarStoreOptions options, ITradingCalendar? calendar = null)
        : this(options, calendar, layout => new LocalBarFileSource(options.RootDirectory, layout))
    {
    }

    /// <summary>Creates a store whose symbols each follow their market in <paramref name="markets"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid (the message says which and why).</exception>
    internal ParquetBarStore(ParquetBarStoreOptions options, SessionMarkets markets)
        : this(options, markets.For, layout => new LocalBarFileSource(options.RootDirectory, layout))
    {
    }

    /// <summary>Creates a store over the files of the source <paramref name="openSource"/> makes for the layout (a directory, a bucket).</summary>
    /// <exception cref="ArgumentException">The options are invalid (the message says which and why).</exception>
    internal ParquetBarStore(ParquetBarStoreOptions options, ITradingCalendar? calendar, Func<BarPathLayout, IBarFileSource> openSource)
        : this(options, _ => calendar, openSource)
    {
    }

    /// <summary>A store whose bars of a symbol are checked against the calendar <paramref name="calendarOf"/> gives it (none when null).</summary>
    /// <exception cref="ArgumentException">The options are invalid (the message says which and why).</exception>
    internal ParquetBarStore(ParquetBarStoreOptions options, Func<string, ITradingCalendar?> calendarOf, Func<BarPathLayout, IBarFileSource> openSource)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        BarPathLayout.TryCreate(options.PathTemplate, out _layout, out _);
        _naiveZone = string.IsNullOrWhiteSpace(options.NaiveTimestampTimeZone)
            ? null
            : TimeZoneInfo.FindSystemTimeZoneById(options.NaiveTimestampTimeZone);
        _options = options;
        _calendarOf = calendarOf;
        _source = openSource(_layout);
        _listings = (_source as LocalBarFileSource)?.Listings ?? new DirectoryListingCache();
        _actions = new CorporateActionCache(_source);
        _readers = _source is LocalBarFileSource ? new IdleReaderPool(KeptReaders) : null;
        Root = _source.Root;
    }

    /// <summary>The root: a directory as a full path, or an object-storage root (<c>s3://bucket/prefix</c>).</summary>
    public string Root { get; }

    /// <inheritdoc />
    public BarReadStatistics Statistics { get; } = new();

    /// <summary>What is wrong with <paramref name="options"/>; empty when they can be used.</summary>
    public static IReadOnlyList<string> Validate(ParquetBarStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RootDirectory))
        {
            errors.Add("RootDirectory is required: the folder that holds the bar files.");
        }

        if (!BarPathLayout.TryCreate(options.PathTemplate, out _, out var reason))
        {
            errors.Add(reason);
        }

        if (!Enum.IsDefined(options.EpochUnit))
        {
            errors.Add("EpochUnit " + (int)options.EpochUnit + " is not a unit; use Auto, Seconds, Milliseconds, Microseconds or Nanoseconds.");
        }

        if (!string.IsNullOrWhiteSpace(options.NaiveTimestampTimeZone))
        {
            try
            {
                _ = TimeZoneInfo.FindSystemTimeZoneById(options.NaiveTimestampTimeZone);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                errors.Add("NaiveTimestampTimeZone \"" + options.NaiveTimestampTimeZone + "\" is not a known time zone; "
                    + "use an IANA name such as \"America/New_York\".");
            }
        }

        return errors;
    }

    /// <summary>The path of the file that holds <paramref name="symbol"/>'s bars of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">The symbol is not valid (see <see cref="SymbolName"/>).</exception>
    public string FilePath(string symbol, Interval interval, int year)
    {
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            throw new ArgumentException(reason, nameof(symbol));
        }

        return _layout.FilePath(Root, normalized, interval, _layout.HasYear ? year : 0);
    }

    /// <inheritdoc />
    public ValueTask<CorporateActionTable> ReadActionsAsync(string symbol, CancellationToken cancellationToken = default) =>
        _actions.ReadAsync(symbol, cancellationToken);

    /// <summary>The path of <paramref name="symbol"/>'s Parquet (or, with <paramref name="csv"/>, CSV) corporate-action table.</summary>
    /// <exception cref="ArgumentException">The symbol is not valid (see <see cref="SymbolName"/>).</exception>
    public string ActionTablePath(string symbol, bool csv)
    {
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            throw new ArgumentException(reason, nameof(symbol));
        }

        return _source.PathOf(csv ? CorporateActionLayout.CsvPath(normalized) : CorporateActionLayout.ParquetPath(normalized));
    }

    /// <summary>True when each file holds one year (the template has {year}).</summary>
    public bool PartitionsByYear => _layout.HasYear;

    /// <inheritdoc />
    public async ValueTask<StoreListing<string>> ListSymbolsAsync(Interval interval, CancellationToken cancellationToken = default)
    {
        var problems = new List<BarFileProblem>();
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var match in await _source.FindAsync(null, interval.ToString(), problems, cancellationToken).ConfigureAwait(false))
        {
            symbols.Add(match.Symbol!);
        }

        return new StoreListing<string>(new EquatableArray<string>(symbols), new EquatableArray<BarFileProblem>(problems));
    }

    /// <inheritdoc />
    public async ValueTask<StoreListing<Interval>> ListIntervalsAsync(string symbol, CancellationToken cancellationToken = default)
    {
        var problems = new List<BarFileProblem>();
        var intervals = new SortedSet<Interval>();
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            problems.Add(new BarFileProblem(symbol ?? string.Empty, BarProblemKind.InvalidSymbol, reason!));
        }
        else
        {
            foreach (var match in await _source.FindAsync(normalized, null, problems, cancellationToken).ConfigureAwait(false))
            {
                if (Interval.TryParse(match.Interval, out var interval))
                {
                    intervals.Add(interval);
                }
            }
        }

        return new StoreListing<Interval>(new EquatableArray<Interval>(intervals), new EquatableArray<BarFileProblem>(problems));
    }

    /// <inheritdoc />
    public async ValueTask<SeriesAvailability> GetAvailabilityAsync(string symbol, Interval interval, CancellationToken cancellationToken = default)
    {
        var availability = await BarAvailabilityAsync(symbol, interval, cancellationToken).ConfigureAwait(false);
        if (!SymbolName.TryNormalize(symbol, out _, out _))
        {
            return availability;
        }

        // The report mentions the symbol's actions; bad rows of the table are listed by provision validate, not here.
        var table = await ReadActionsAsync(availability.Symbol, cancellationToken).ConfigureAwait(false);
        return availability with { CorporateActions = ActionDigest.Of(table.Actions) };
    }

    // The bars' side of the availability, from file metadata alone (coverage checks need nothing more).
    private async ValueTask<SeriesAvailability> BarAvailabilityAsync(string symbol, Interval interval, CancellationToken cancellationToken)
    {
        var problems = new List<BarFileProblem>();
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            problems.Add(new BarFileProblem(symbol ?? string.Empty, BarProblemKind.InvalidSymbol, reason!));
            return new SeriesAvailability(symbol ?? string.Empty, interval) { Problems = new EquatableArray<BarFileProblem>(problems) };
        }

        var files = await _source.FindAsync(normalized, interval.ToString(), problems, cancellationToken).ConfigureAwait(false);
        var spans = new List<StoredSpan>();
        long rows = 0;
        foreach (var file in files)
        {
            var summary = await GetSummaryAsync(file.Path, cancellationToken).ConfigureAwait(false);
            if (summary.Problem is not null)
            {
                problems.Add(summary.Problem);
                continue;
            }

            rows += summary.Rows;
            foreach (var group in summary.RowGroups)
            {
                if (group.Rows > 0 && group.FirstTicks <= group.LastTicks)
                {
                    spans.Add(new StoredSpan(new DateTime(group.FirstTicks, DateTimeKind.Utc), new DateTime(group.LastTicks, DateTimeKind.Utc), group.Rows));
                }
            }
        }

        spans.Sort((a, b) => a.FirstUtc.CompareTo(b.FirstUtc));
        DateTime? first = null, last = null;
        foreach (var span in spans)
        {
            first = first is null || span.FirstUtc < first ? span.FirstUtc : first;
            last = last is null || span.LastUtc > last ? span.LastUtc : last;
        }

        return new SeriesAvailability(normalized, interval)
        {
            Files = files.Count,
            FirstBarUtc = first,
            LastBarUtc = last,
            Rows = rows,
            Spans = new EquatableArray<StoredSpan>(spans),
            Problems = new EquatableArray<BarFileProblem>(problems),
        };
    }

    /// <inheritdoc />
    public async ValueTask<SeriesCoverage> CheckCoverageAsync(
        string symbol,
        Interval interval,
        DateTime firstBarUtc,
        DateTime lastBarUtc,
        CancellationToken cancellationToken = default)
    {
        var availability = await BarAvailabilityAsync(symbol, interval, cancellationToken).ConfigureAwait(false);
        return CoverageCalculator.Compute(availability, firstBarUtc, lastBarUtc, _calendarOf(availability.Symbol));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangeAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default) =>
        ReadBatchesAsync(symbol, interval, ToUtcTicks(fromUtc, nameof(fromUtc)), ToUtcTicks(toUtc, nameof(toUtc)), pooled: false, statistics, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadRangePooledAsync(
        string symbol,
        Interval interval,
        DateTime fromUtc,
        DateTime toUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default) =>
        ReadBatchesAsync(symbol, interval, ToUtcTicks(fromUtc, nameof(fromUtc)), ToUtcTicks(toUtc, nameof(toUtc)), pooled: true, statistics, cancellationToken);

    /// <summary>The batches of a range, one per cluster of row groups; <paramref name="pooled"/> hands out the decoder's buffer.</summary>
    private async IAsyncEnumerable<ReadOnlyMemory<Bar>> ReadBatchesAsync(
        string symbol,
        Interval interval,
        long fromTicks,
        long toTicks,
        bool pooled,
        BarReadStatistics? statistics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var normalized = RequireSymbol(symbol);
        if (toTicks <= fromTicks)
        {
            yield break;
        }

        var sessions = SessionFilter.For(_calendarOf(normalized), interval);
        var last = long.MinValue;
        foreach (var file in await FilesForAsync(normalized, interval, fromTicks, toTicks, descending: false, cancellationToken).ConfigureAwait(false))
        {
            var selected = Select(file, fromTicks, toTicks, descending: false, statistics);
            if (selected.Count == 0)
            {
                continue;
            }

            var reader = await OpenForReadAsync(file, statistics, cancellationToken).ConfigureAwait(false);
            var whole = false;
            try
            {
                using var decoder = new RowGroupDecoder(file.Columns!, _naiveZone, sessions) { LastTicks = last };
                foreach (var cluster in selected)
                {
                    await DecodeAsync(decoder, reader, file.Path, cluster, fromTicks, toTicks, statistics, cancellationToken).ConfigureAwait(false);
                    last = decoder.LastTicks;
                    if (decoder.Bars.Length > 0)
                    {
                        Count(statistics, s => s.AddBarsReturned(decoder.Bars.Length));
                        yield return pooled ? decoder.Bars : decoder.Bars.ToArray();
                    }
                }

                whole = true;
            }
            finally
            {
                // Kept for the next read only after a read that went through: a reader that failed is closed.
                if (whole && _readers is { } readers)
                {
                    readers.Return(file.Path, file.Version, reader.Reader);
                }
                else
                {
                    await reader.Reader.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<Bar[]> ReadLastAsync(
        string symbol,
        Interval interval,
        int count,
        DateTime endUtc,
        BarReadStatistics? statistics = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var endTicks = ToUtcTicks(endUtc, nameof(endUtc));
        var normalized = RequireSymbol(symbol);
        if (count == 0)
        {
            return [];
        }

        var sessions = SessionFilter.For(_calendarOf(normalized), interval);
        var chunks = new List<Bar[]>();
        var collected = 0;
        foreach (var file in await FilesForAsync(normalized, interval, long.MinValue, endTicks, descending: true, cancellationToken).ConfigureAwait(false))
        {
            var selected = Select(file, long.MinValue, endTicks, descending: true, statistics);
            if (selected.Count == 0)
            {
                continue;
            }

            var reader = await OpenForReadAsync(file, statistics, cancellationToken).ConfigureAwait(false);
            await using (reader.Reader.ConfigureAwait(false))
            {
                using var decoder = new RowGroupDecoder(file.Columns!, _naiveZone, sessions);
                for (var i = 0; i < selected.Count; i++)
                {
                    decoder.LastTicks = long.MinValue;
                    await DecodeAsync(decoder, reader, file.Path, selected[i], long.MinValue, endTicks, statistics, cancellationToken).ConfigureAwait(false);
                    if (decoder.Bars.Length > 0)
                    {
                        // Only the newest bars of a chunk can be among the last: a shuffled file decodes as one cluster.
                        var newest = decoder.Bars[Math.Max(0, decoder.Bars.Length - count)..];
                        chunks.Add(newest.ToArray());
                        collected += newest.Length;
                    }

                    if (collected >= count)
                    {
                        var joined = Join(chunks, count, statistics);
                        if (joined.Length == count)
                        {
                            SkipRest(selected, i + 1, statistics);
                            Count(statistics, s => s.AddBarsReturned(joined.Length));
                            return joined;
                        }

                        collected = joined.Length;
                        chunks.Clear();
                        chunks.Add(joined);
                    }
                }
            }
        }

        var all = Join(chunks, count, statistics);
        Count(statistics, s => s.AddBarsReturned(all.Length));
        return all;
    }

    /// <summary>Drops the cached footer of one file (after it was written).</summary>
    internal void Forget(string path)
    {
        _summaries.TryRemove(path, out _);
        _readers?.Drop(path);
    }

    /// <summary>The readers kept open between reads of local files; null for other sources.</summary>
    internal IdleReaderPool? KeptReaderPool => _readers;

    /// <summary>Stops keeping readers open between reads (every read opens its file), as a benchmark's baseline; closes those kept.</summary>
    internal void StopKeepingReaders()
    {
        var readers = _readers;
        _readers = null;
        readers?.Clear();
    }

    /// <summary>Drops the cached footer of every file, the cached directory listings and corporate-action tables, so the next question reads them again.</summary>
    public void ClearMetadataCache()
    {
        _summaries.Clear();
        _readers?.Clear();
        _source.ClearCache();
        _actions.Clear();
    }

    /// <summary>The store's directory listings (kept while each directory is unchanged).</summary>
    internal DirectoryListingCache Listings => _listings;

    /// <summary>The store's corporate-action tables (each parsed once per version of its files).</summary>
    internal CorporateActionCache ActionTables => _actions;

    private string RequireSymbol(string symbol)
    {
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason))
        {
            throw new BarStoreException(new BarFileProblem(symbol ?? string.Empty, BarProblemKind.InvalidSymbol, reason!));
        }

        return normalized;
    }

    private async ValueTask<List<BarFileSummary>> FilesForAsync(
        string symbol,
        Interval interval,
        long fromTicks,
        long toTicks,
        bool descending,
        CancellationToken cancellationToken)
    {
        var problems = new List<BarFileProblem>();
        var matches = await _source.FindAsync(symbol, interval.ToString(), problems, cancellationToken).ConfigureAwait(false);
        foreach (var problem in problems)
        {
            if (problem.Kind is BarProblemKind.RootMissing or BarProblemKind.Unreadable)
            {
                throw new BarStoreException(problem);
            }
        }

        var firstYear = fromTicks == long.MinValue ? int.MinValue : new DateTime(fromTicks, DateTimeKind.Utc).Year;
        var lastYear = new DateTime(toTicks - 1, DateTimeKind.Utc).Year;
        var files = new List<BarFileSummary>(matches.Count);
        foreach (var match in matches)
        {
            if (_layout.HasYear && (match.Year < firstYear || match.Year > lastYear))
            {
                continue;
            }

            var summary = await GetSummaryAsync(match.Path, cancellationToken).ConfigureAwait(false);
            if (summary.Problem is { Kind: BarProblemKind.EmptyFile } && summary.Version.Length > 0)
            {
                continue;
            }

            if (summary.Problem is not null)
            {
                throw new BarStoreException(summary.Problem);
            }

            files.Add(summary);
        }

        files.Sort((a, b) => FirstTicks(a).CompareTo(FirstTicks(b)));
        if (descending)
        {
            files.Reverse();
        }

        return files;
    }

    private static long FirstTicks(BarFileSummary summary)
    {
        var first = long.MaxValue;
        foreach (var group in summary.RowGroups)
        {
            first = Math.Min(first, group.FirstTicks);
        }

        return first;
    }

    /// <summary>The clusters of row groups whose statistics meet [from, to), earliest first (latest first when <paramref name="descending"/>).</summary>
    private List<RowGroupCluster> Select(BarFileSummary file, long fromTicks, long toTicks, bool descending, BarReadStatistics? statistics)
    {
        var selected = new List<RowGroupSpan>(file.RowGroups.Length);
        foreach (var group in file.RowGroups)
        {
            if (group.Rows > 0 && group.Meets(fromTicks, toTicks))
            {
                selected.Add(group);
            }
            else
            {
                Count(statistics, s => s.AddRowGroupSkipped());
            }
        }

        var clusters = RowGroupCluster.Build(selected);
        if (descending)
        {
            clusters.Reverse();
        }

        return clusters;
    }

    private void SkipRest(List<RowGroupCluster> selected, int from, BarReadStatistics? statistics)
    {
        for (var i = from; i < selected.Count; i++)
        {
            for (var g = 0; g < selected[i].Groups.Count; g++)
            {
                Count(statistics, s => s.AddRowGroupSkipped());
            }
        }
    }

    private async ValueTask<OpenFile> OpenForReadAsync(BarFileSummary file, BarReadStatistics? statistics, CancellationToken cancellationToken)
    {
        if (_readers?.TryTake(file.Path, file.Version) is { } kept)
        {
            if (BoundColumns.Bind(kept, file.Columns!) is { } keptBound && kept.RowGroupCount == file.RowGroups.Length)
            {
                Count(statistics, s => s.AddFileOpened());
                return new OpenFile(kept, keptBound);
            }

            await kept.DisposeAsync().ConfigureAwait(false);
        }

        var opened = await BarFileInspector.OpenAsync(_source, file.Path, file.Version, cancellationToken).ConfigureAwait(false);
        if (opened.Problem is not null)
        {
            _summaries.TryRemove(file.Path, out _);
            throw new BarStoreException(opened.Problem);
        }

        var reader = opened.Reader!;
        var bound = BoundColumns.Bind(reader, file.Columns!);
        if (bound is null || reader.RowGroupCount != file.RowGroups.Length)
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            _summaries.TryRemove(file.Path, out _);
            throw new BarStoreException(new BarFileProblem(file.Path, BarProblemKind.Corrupt,
                "\"" + file.Path + "\" changed while it was being read; read it again."));
        }

        Count(statistics, s => s.AddFileOpened());
        return new OpenFile(reader, bound);
    }

    /// <summary>Decodes the row groups of <paramref name="cluster"/> and puts their bars in time order in the decoder.</summary>
    private async ValueTask DecodeAsync(
        RowGroupDecoder decoder,
        OpenFile file,
        string path,
        RowGroupCluster cluster,
        long fromTicks,
        long toTicks,
        BarReadStatistics? statistics,
        CancellationToken cancellationToken)
    {
        decoder.Begin();
        foreach (var group in cluster.Groups)
        {
            try
            {
                await decoder.DecodeAsync(file.Reader.OpenRowGroupReader(group.Index), file.Fields, fromTicks, toTicks, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (BarStoreException e) when (e.Kind == BarProblemKind.Unreadable)
            {
                // The source could not fetch the row group's bytes (a dropped connection, an object that changed): the
                // file may be fine, so its summary stays unless the object changed.
                throw new BarStoreException(new BarFileProblem(path, BarProblemKind.Unreadable,
                    "\"" + path + "\": row group " + group.Index + " cannot be read: " + e.Problem.Message), e);
            }
            catch (Exception e) when (e is not OperationCanceledException and not BarStoreException)
            {
                _summaries.TryRemove(path, out _);
                throw new BarStoreException(new BarFileProblem(path, BarProblemKind.Corrupt,
                    "\"" + path + "\": row group " + group.Index + " cannot be read (damaged page?): " + e.Message
                    + " Write its bars again or remove the file."), e);
            }

            var tally = decoder.Tally;
            Count(statistics, s => s.AddRowGroup(tally));
        }

        var (duplicates, outOfOrder) = decoder.Finish();
        if (duplicates + outOfOrder > 0)
        {
            Count(statistics, s => s.AddJoinDrops(duplicates, outOfOrder));
        }
    }

    private Bar[] Join(List<Bar[]> newestFirst, int count, BarReadStatistics? statistics)
    {
        var total = 0;
        foreach (var chunk in newestFirst)
        {
            total += chunk.Length;
        }

        var joined = new Bar[total];
        var kept = 0;
        int duplicates = 0, outOfOrder = 0;
        for (var c = newestFirst.Count - 1; c >= 0; c--)
        {
            foreach (var bar in newestFirst[c])
            {
                if (kept > 0 && bar.Start <= joined[kept - 1].Start)
                {
                    if (bar.Start == joined[kept - 1].Start)
                    {
                        duplicates++;
                    }
                    else
                    {
                        outOfOrder++;
                    }

                    continue;
                }

                joined[kept++] = bar;
            }
        }

        if (duplicates + outOfOrder > 0)
        {
            Count(statistics, s => s.AddJoinDrops(duplicates, outOfOrder));
        }

        var take = Math.Min(count, kept);
        return joined.AsSpan(kept - take, take).ToArray();
    }

    private async ValueTask<BarFileSummary> GetSummaryAsync(string path, CancellationToken cancellationToken)
    {
        if (_summaries.TryGetValue(path, out var cached))
        {
            try
            {
                if (await _source.VersionAsync(path, cancellationToken).ConfigureAwait(false) == cached.Version)
                {
                    return cached;
                }
            }
            catch (IOException)
            {
                _summaries.TryRemove(path, out _);
            }
        }

        var summary = await BarFileInspector.InspectAsync(_source, path, _options, _naiveZone, Statistics, cancellationToken, _readers).ConfigureAwait(false);
        if (summary.Problem is { Kind: BarProblemKind.Unreadable })
        {
            // Unreadable may pass (a dropped connection, a lock): ask again next time.
            _summaries.TryRemove(path, out _);
        }
        else
        {
            _summaries[path] = summary;
        }

        return summary;
    }

    private void Count(BarReadStatistics? statistics, Action<BarReadStatistics> add)
    {
        add(Statistics);
        if (statistics is not null && !ReferenceEquals(statistics, Statistics))
        {
            add(statistics);
        }
    }

    /// <summary>
    /// The UTC ticks of a UTC or local time; an unspecified kind is refused (a caller's bug: the zone is unknown), except
    /// <see cref="DateTime.MinValue"/> and <see cref="DateTime.MaxValue"/>, the same instant-free ends in every zone.
    /// </summary>
    private static long ToUtcTicks(DateTime value, string parameter) => value.Kind switch
    {
        DateTimeKind.Utc => value.Ticks,
        _ when value.Ticks == DateTime.MinValue.Ticks || value.Ticks == DateTime.MaxValue.Ticks => value.Ticks,
        DateTimeKind.Local => value.ToUniversalTime().Ticks,
        _ => throw new ArgumentException(
            parameter + " (" + value.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
            + ") has DateTimeKind.Unspecified, so its time zone is unknown; pass a UTC time (DateTimeKind.Utc), e.g. "
            + "DateTime.SpecifyKind(value, DateTimeKind.Utc) for a UTC wall clock or TimeZoneInfo.ConvertTimeToUtc(value, zone) "
            + "for an exchange's wall clock.",
            parameter),
    };

    private readonly record struct OpenFile(Parquet.ParquetReader Reader, BoundColumns Fields);
}
