namespace Provisioning.Generators.Tests.Analyzers;

/// <summary>A strategy project as an author writes it: valid everywhere, so every analyzer must stay silent.</summary>
internal static class RealisticSample
{
    public const string Source = """
        using System.Threading.Tasks;
        using Provisioning.Data;
        using Provisioning.Steps.__Internals;
        using Provisioning.Steps;
        using Provisioning.Indicators;
        using Provisioning.Intervals;
        using Provisioning.Planning;
        using Provisioning.Requirements;
        using Provisioning.Session;
        using Provisioning.Strategies;

        namespace Desk.Signals
        {
            /// <summary>Distance of the close from its average, in standard deviations.</summary>
            [Indicator("zspread", Input = PriceInput.Close)]
            public sealed partial class ZSpread : IIndicator
            {
                private readonly double[] _window;
                private int _count;

                /// <summary>Creates the indicator.</summary>
                public ZSpread([Parameter(Min = 2, Max = 1000)] int period, [Parameter(Min = 0.5, Max = 5)] double threshold = 2.0)
                {
                    _window = new double[period];
                    Threshold = threshold;
                }

                /// <summary>The signal threshold.</summary>
                public double Threshold { get; }

                /// <summary>Bars needed: one window.</summary>
                public static int WarmupBars(int period) => period;

                /// <inheritdoc />
                public bool IsReady => _count >= _window.Length;

                /// <inheritdoc />
                public double Value => IsReady ? _window[(_count - 1) % _window.Length] : double.NaN;

                /// <inheritdoc />
                public void Update(in Bar bar)
                {
                    _window[_count % _window.Length] = bar.Close;
                    _count++;
                }

                /// <inheritdoc />
                public void Reset() => _count = 0;
            }
        }

        namespace Desk.Strategies
        {
            using Desk.Signals;

            /// <summary>Fades stretched moves on five-minute bars.</summary>
            [Bars("1m", Base = true)]
            [Bars("1d", Base = true, HistoricalDays = 20)]
            [Bars("5m", HistoricalDays = 5)]
            [Bars("15m")]
            [UsesIndicator<ZSpread>("5m", 20)]
            [UsesIndicator<ZSpread>("15m", 40, 2.5)]
            [UsesIndicator<ZSpread>("1d", 10)]
            public sealed partial class StretchFade : Strategy
            {
                private const string Hourly = "1h";

                /// <summary>Adds what the strategy asks for during the day.</summary>
                public static async Task OnScannerHitAsync(IProvisioningSession session, string symbol, string intervalFromUser)
                {
                    await session.AddBarsAsync(symbol, "5m", days: 3, source: ProvisionSource.Strategy);
                    await session.AddBarsAsync(symbol, Hourly);
                    await session.AddBarsAsync(symbol, intervalFromUser);
                    await session.AddZSpreadAsync(symbol, period: 30, interval: "15m", threshold: 1.5, source: ProvisionSource.Scanner);
                    await session.AddIndicatorAsync(symbol, ZSpread.Spec(period: 50).On("1h"));
                    _ = Interval.Parse("30m");
                    _ = Interval.Minutes(390);
                    _ = new ZSpread(14);
                }
            }
        }

        namespace Desk.Steps
        {
            /// <summary>Tells the desk a symbol is ready.</summary>
            public sealed partial record NotifyDesk(string Symbol, string Message) : ProvisioningStep(Symbol)
            {
                /// <inheritdoc />
                public override string Describe() => "notify the desk about " + Symbol;
            }

            /// <summary>Runs the desk's own steps.</summary>
            public static class DeskHandlers
            {
                /// <summary>Sends the notice.</summary>
                [StepHandler]
                public static ValueTask<StepResult> Notify(NotifyDesk step, StepContext context) =>
                    new(StepResult.Done("notified: " + step.Message));
            }
        }
        """;

    public const string SessionJson = """
        {
          // The desk's regular session.
          "exchange": "XNYS",
          "symbols": ["AAPL", "MSFT", "BRK.B"],
          "streams": ["1m", "1d"],
          "derivedIntervals": ["5m", "15m", "1h"],
          "historical": { "enabled": true, "trailingDays": 20, "intervals": ["1m", "1d"] },
          "warmupMultiplier": 2,
          "indicators": [
            { "name": "zspread", "interval": "5m", "parameters": { "period": 20 } },
            { "name": "zspread", "interval": "15m", "parameters": { "period": 40, "threshold": 2.5 } }
          ],
          "data": { "root": "data" }
        }
        """;
}
