using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Provisioning.Data.Sample;
using Provisioning.Sample;

// Replays Black Friday 2024 (a 13:00 early close) on the bundled sample data: the config's symbols and the strategy's
// declarations are provisioned before the open, a scanner adds the day's two biggest movers at 10:30, and the strategy
// adds indicators for the first of them at 11:00. Every addition goes through the same pipeline and is printed.
var sessionDate = new DateOnly(2024, 11, 29);
var configPath = Path.Combine(AppContext.BaseDirectory, "session.json");

// The dataset session.json's data.root names, written once (seeded, deterministic).
var dataRoot = Path.Combine(AppContext.BaseDirectory, "sample-data");
if (await new SampleDataGenerator(ExchangeCalendars.Xnys).EnsureAsync(dataRoot))
{
    Console.WriteLine($"Wrote the sample dataset (seeded, deterministic) to {dataRoot}");
}

// session.json is checked by the build (PRV0008 at its line and column) and again when the session starts.
Console.WriteLine("== Before the open: config symbols, config indicators and the MeanReversion strategy's declarations");
var strategy = new MeanReversion();
await using var session = await ProvisioningSession.StartAsync(configPath, [strategy], new ProvisioningSessionOptions
{
    ReplayDate = sessionDate,
    Logging = logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning),
    Configure = provisioning => provisioning.AddObserver<ConsoleReporter>(),
});
var start = session.StartReport;
Console.WriteLine($"   {start.Results.Count(r => r.Succeeded)} of {start.Results.Count} additions ready; {start.NotSucceeded.Count} did not succeed");

// Corporate actions inside a history window, and the normalization each symbol's history was loaded in.
foreach (var note in start.Results.SelectMany(r => r.Validation.CorporateActions).Distinct())
{
    Console.WriteLine($"   corporate action: {note}");
}

foreach (var warning in start.Results.SelectMany(r => r.Warnings).Distinct())
{
    Console.WriteLine($"   warning: {warning}");
}

var clock = session.Services.GetRequiredService<TimeProvider>();
var feed = session.Services.GetRequiredService<ReplayBarFeed>();
var store = session.Services.GetRequiredService<IHistoricalBarStore>();
var calendar = session.Services.GetRequiredService<ITradingCalendar>();
Console.WriteLine();
Console.WriteLine($"Session {sessionDate:yyyy-MM-dd} on {session.Config.Exchange}: open {feed.Session.OpenUtc:HH:mm}Z, close {feed.Session.CloseUtc:HH:mm}Z{(feed.Session.IsEarlyClose ? " (early close)" : string.Empty)}");

string[] movers = [];
feed.Schedule(At(10, 30), async ct =>
{
    Console.WriteLine();
    Console.WriteLine("== 10:30 the scanner looks for the day's biggest movers outside the session");
    movers = await ScanAsync(ct);
    Console.WriteLine($"   found {string.Join(", ", movers)}");
    await Task.WhenAll(movers.Select(symbol => session.AddSymbolAsync(symbol, ProvisionSource.Scanner, ct).AsTask()));
});

feed.Schedule(At(11, 0), async ct =>
{
    Console.WriteLine();
    Console.WriteLine($"== 11:00 MeanReversion adds its indicators for {movers[0]}: RSI(14) on 15m bars and its own relative volume");
    await session.AddRsiAsync(movers[0], period: 14, interval: "15m", source: ProvisionSource.Strategy, cancellationToken: ct);
    await session.AddRelativeVolumeAsync(movers[0], period: 12, interval: "5m", source: ProvisionSource.Strategy, cancellationToken: ct);
    PrintIndicators("   values at 11:00", movers[0]);
});

Console.WriteLine();
Console.WriteLine("== Replaying the session");
await session.RunAsync();

Console.WriteLine();
Console.WriteLine($"== Closing report at {clock.GetUtcNow():HH:mm}Z");
Console.WriteLine($"   {"symbol",-6} {"added by",-9} {"config",-6} {"auto",-5} {"upgraded",-8} intervals");
foreach (var symbol in session.Data.Symbols)
{
    var m = symbol.Metadata;
    Console.WriteLine($"   {symbol.Symbol,-6} {m.AddedBy,-9} {Yes(m.MeetsSessionConfigRequirements),-6} {Yes(m.AutoProvisioned),-5} {Yes(m.UpgradedFromAdhoc),-8} " +
        string.Join(", ", symbol.Intervals.Select(i => $"{i} ({(symbol.TryGetBars(i, out var bars) ? bars.Count : 0)} bars)")));
}

Console.WriteLine();
foreach (var symbol in session.Data.Symbols)
{
    PrintIndicators($"   {symbol.Symbol} at the close", symbol.Symbol);
}

Console.WriteLine();
Console.WriteLine($"   feed bars with no subscriber: {session.Data.UnroutedBars}; duplicates refused: {session.Data.Symbols.Sum(s => s.DuplicateBars)}");

// The same session as one HTML file that opens offline: candles, indicators, the history/live join, additions, quality.
var reportPath = Path.Combine(AppContext.BaseDirectory, "session-report.html");
await session.WriteReportAsync(reportPath);
Console.WriteLine();
Console.WriteLine($"== Report: {reportPath}");
return 0;

DateTime At(int hour, int minute) =>
    TimeZoneInfo.ConvertTimeToUtc(sessionDate.ToDateTime(new TimeOnly(hour, minute)), calendar.TimeZone);

async Task<string[]> ScanAsync(CancellationToken ct)
{
    var candidates = await store.ListSymbolsAsync(Interval.Minutes(1), ct);
    var moves = new List<(string Symbol, double Move)>();
    foreach (var symbol in candidates.Items.Where(s => !session.Data.TryGetSymbol(s, out _)))
    {
        var bars = new List<Bar>();
        await foreach (var batch in store.ReadRangeAsync(symbol, Interval.Minutes(1), feed.Session.OpenUtc, clock.GetUtcNow().UtcDateTime, cancellationToken: ct))
        {
            bars.AddRange(batch.ToArray());
        }

        if (bars.Count > 0)
        {
            moves.Add((symbol, Math.Abs((bars[^1].Close / bars[0].Open) - 1)));
        }
    }

    foreach (var (symbol, move) in moves.OrderByDescending(m => m.Move))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {symbol,-5} moved {move:P2} since the open"));
    }

    return moves.OrderByDescending(m => m.Move).Take(2).Select(m => m.Symbol).ToArray();
}

void PrintIndicators(string title, string symbol)
{
    if (!session.Data.TryGetSymbol(symbol, out var data) || data.Indicators.Count == 0)
    {
        return;
    }

    var values = data.Indicators.Select(i => string.Create(CultureInfo.InvariantCulture,
        $"{i.Spec.Key} = {(i.Indicator.IsReady ? i.Indicator.Value.ToString("0.####", CultureInfo.InvariantCulture) : "warming")} ({i.AddedBy})"));
    Console.WriteLine($"{title}: {string.Join("; ", values)}");
}

static string Yes(bool value) => value ? "yes" : "no";
