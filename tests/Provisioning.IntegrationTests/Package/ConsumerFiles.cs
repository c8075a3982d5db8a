namespace Provisioning.IntegrationTests.Package;

/// <summary>The files of the fresh consumer project that references the packed <c>Provisioning</c> package.</summary>
internal static class ConsumerFiles
{
    public const string ProjectName = "Consumer";

    public static string Project(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Provisioning" Version="{version}" />
            <AdditionalFiles Include="session.json" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Only the local feed is named; the machine's default source still serves the package's dependencies.</summary>
    public static string NuGetConfig(string feed, string? fallbackFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="provisioning-under-test" value="{feed}" />
          </packageSources>
        {(fallbackFolder is null ? string.Empty : $"""
          <fallbackPackageFolders>
            <add key="machine-packages" value="{fallbackFolder}" />
          </fallbackPackageFolders>
        """)}
        </configuration>
        """;

    /// <summary>Stops MSBuild from importing anything above the consumer's folder.</summary>
    public const string EmptyMsBuildFile = "<Project />\n";

    /// <summary>
    /// A user-declared indicator: the close minus the close <c>period</c> bars earlier. No Provisioning using: with
    /// ImplicitUsings the package's build/Provisioning.targets brings Attributes, Data and Indicators as global usings.
    /// </summary>
    public const string Momentum = """
        namespace Consumer;

        [Indicator("momentum")]
        public sealed partial class Momentum : IIndicator
        {
            private readonly double[] _closes;
            private int _seen;

            public Momentum([Parameter(Min = 1, Max = 1000)] int period)
            {
                Period = period;
                _closes = new double[period + 1];
            }

            public int Period { get; }

            public static int WarmupBars(int period) => period + 1;

            public bool IsReady => _seen > Period;

            public double Value => IsReady ? _closes[(_seen - 1) % _closes.Length] - _closes[_seen % _closes.Length] : double.NaN;

            public void Update(in Bar bar)
            {
                _closes[_seen % _closes.Length] = bar.Close;
                _seen++;
            }

            public void Reset() => _seen = 0;
        }
        """;

    /// <summary>
    /// Uses the generated Spec, checks that the module initializer registered the indicator by name in the catalog
    /// generated code registers into, creates the indicator from its spec, and runs it on five bars.
    /// </summary>
    public const string Program = """
        using System.Globalization;
        using Consumer;
        using Provisioning.Indicators.__Internals;

        var spec = Momentum.Spec(period: 2).On("5m");
        Console.WriteLine($"spec {spec.Key} warmup {spec.WarmupBars}");

        if (!IndicatorCatalog.Default.Descriptors.Any(d => d.Name == "momentum" && d.IndicatorType == typeof(Momentum)))
        {
            Console.WriteLine("momentum is not registered");
            return 1;
        }

        var indicator = Momentum.Spec(period: 2).Create();
        var open = new DateTime(2024, 11, 26, 14, 30, 0, DateTimeKind.Utc);
        double[] closes = [10, 11, 13, 16, 20];
        for (var i = 0; i < closes.Length; i++)
        {
            indicator.Update(new Bar(open.AddMinutes(5 * i), closes[i], closes[i], closes[i], closes[i], 1000));
        }

        Console.WriteLine($"created {indicator.GetType().Name} ready {indicator.IsReady} value {indicator.Value.ToString(CultureInfo.InvariantCulture)}");
        return 0;
        """;

    /// <summary>A valid session config naming the consumer's own indicator.</summary>
    public const string SessionConfig = """
        {
          "symbols": ["AAPL", "MSFT"],
          "streams": ["1m"],
          "derivedIntervals": ["5m"],
          "indicators": [
            { "name": "momentum", "interval": "5m", "parameters": { "period": 2 } }
          ]
        }
        """;

    /// <summary>
    /// The strategy the README's session lines run, in the global namespace as in the docs: 1m and 5m bars and the
    /// consumer's own Momentum(2) on 5m (the config adds the same indicator, so that addition is already satisfied).
    /// </summary>
    public const string MeanReversion = """
        using Consumer;
        using Provisioning.Indicators;
        using Provisioning.Strategies;

        [Bars("1m", Base = true)]
        [Bars("5m")]
        [UsesIndicator<Momentum>("5m", 2)]
        public sealed partial class MeanReversion : Strategy
        {
        }
        """;

    /// <summary>The session config as the "Provisioning" section of appsettings.json, the data under ./data.</summary>
    public const string AppSettings = """
        {
          "Provisioning": {
            "symbols": ["AAPL", "MSFT"],
            "streams": ["1m"],
            "derivedIntervals": ["5m"],
            "indicators": [
              { "name": "momentum", "interval": "5m", "parameters": { "period": 2 } }
            ],
            "data": { "root": "data" }
          }
        }
        """;

    /// <summary>
    /// The same config with a typo on line 2 (the key "symbls" at column 3) and a period below the declared minimum on
    /// line 6: four spaces, then `{ "name": "momentum", "interval": "5m", "parameters": { "period": ` is 66 characters,
    /// so the 0 is at column 71.
    /// </summary>
    public const string SessionConfigWithMistakes = """
        {
          "symbls": ["AAPL", "MSFT"],
          "streams": ["1m"],
          "derivedIntervals": ["5m"],
          "indicators": [
            { "name": "momentum", "interval": "5m", "parameters": { "period": 0 } }
          ]
        }
        """;

    /// <summary>An unsupported interval literal: "5x" is on line 7, after 12 spaces, so at column 13.</summary>
    public const string BadInterval = """
        namespace Consumer;

        internal static class Bad
        {
            internal static Provisioning.Indicators.IndicatorSpec FiveX() =>
                Momentum.Spec(period: 2).On(
                    "5x");
        }
        """;
}
