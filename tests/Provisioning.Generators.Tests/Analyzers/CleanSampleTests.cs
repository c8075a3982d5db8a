using System.Threading.Tasks;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class CleanSampleTests
{
    [Fact]
    public async Task A_realistic_valid_project_with_generated_code_and_a_session_config_has_no_diagnostic()
    {
        var test = new AllAnalyzersTest(RealisticSample.Source);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", RealisticSample.SessionJson));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_same_project_with_one_mistake_of_each_kind_reports_each_at_its_place()
    {
        var source = RealisticSample.Source;
        source = Edit(source, "[Bars(\"15m\")]", "[Bars({|PRV0001:\"15x\"|})]");
        source = Edit(source, "[UsesIndicator<ZSpread>(\"1d\", 10)]", "[UsesIndicator<ZSpread>(\"1d\", {|PRV0006:1|})]");
        source = Edit(source, "[Bars(\"1m\", Base = true)]", "[Bars(\"1m\")]");
        source = Edit(source, "[Bars(\"5m\", HistoricalDays = 5)]", "[Bars({|PRV0002:\"5m\"|}, HistoricalDays = 5)]");
        source = Edit(source, "[UsesIndicator<ZSpread>(\"5m\", 20)]", "[UsesIndicator<ZSpread>({|PRV0002:\"5m\"|}, 20)]");
        source = Edit(source, "[UsesIndicator<ZSpread>(\"15m\", 40, 2.5)]", "[UsesIndicator<ZSpread>(\"15m\", 40, {|PRV0006:9.5|})]");
        source = Edit(source, "session.AddBarsAsync(symbol, \"5m\"", "session.AddBarsAsync(symbol, {|PRV0009:\"5min\"|}");
        source = Edit(source, "period: 30, interval: \"15m\"", "period: {|PRV0006:1|}, interval: {|PRV0001:\"7x\"|}");
        source = Edit(source, "ZSpread.Spec(period: 50)", "ZSpread.Spec(period: {|PRV0006:5000|})");
        source = Edit(source, "public sealed partial record NotifyDesk(", "public sealed partial record {|PRV0007:NotifyDesk|}(");
        source = Edit(source, "[StepHandler]", string.Empty);

        // 1m is no longer a base: the 1m bars themselves need one too (the daily base cannot build minute bars).
        source = Edit(source, "[Bars(\"1m\")]", "[Bars({|PRV0002:\"1m\"|})]");
        var test = new AllAnalyzersTest(source);
        test.TestState.AdditionalFiles.Add(("/desk/session.json", Edit(RealisticSample.SessionJson, "\"symbols\"", "{|PRV0008:\"symbol\"|}")));
        await test.RunAsync();
    }

    /// <summary>Replaces text that must be there, so a mistake the test means to make cannot silently not happen.</summary>
    private static string Edit(string text, string original, string replacement)
    {
        Assert.Contains(original, text, System.StringComparison.Ordinal);
        return text.Replace(original, replacement, System.StringComparison.Ordinal);
    }
}
