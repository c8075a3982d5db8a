using System;
using System.Linq;
using System.Threading.Tasks;
using Provisioning.Core.Tests.Session.Support;
using Provisioning.Requirements;

namespace Provisioning.Core.Tests.Session.CorporateActions;

/// <summary>
/// Step 0 names each corporate action inside a history window with the mode that applies; under Raw the window is a
/// warning on the result. The sample's MSFT splits 2-for-1 on 2024-11-27, inside the 1d history of a session on
/// 2024-11-29 (the expected texts are written from those facts).
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class CorporateActionWarningTests(SampleStoreFixture sample)
{
    private static readonly DateOnly Friday = new(2024, 11, 29);

    [Fact]
    public async Task A_window_over_a_split_loaded_Raw_is_a_warning()
    {
        var replay = new ReplaySession(sample.OpenStore(), ReplaySession.Config(["SPY"], trailingDays: 3), Friday);

        var added = await replay.Coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner);

        Assert.True(added.Succeeded, added.Reason);
        // Three trailing sessions (11-25, 11-26, 11-27) of 1m and of 1d bars: both windows span the ex-date.
        Assert.Equal(2, added.Warnings.Count);
        Assert.Contains(added.Warnings, w => w.StartsWith("MSFT 1m history from 2024-11-25 to the session of 2024-11-29 spans 2-for-1 split on 2024-11-27 and is loaded Raw", StringComparison.Ordinal));
        Assert.Contains(added.Warnings, w => w.StartsWith("MSFT 1d history from 2024-11-25 to the session of 2024-11-29 spans 2-for-1 split on 2024-11-27 and is loaded Raw", StringComparison.Ordinal));
        Assert.All(added.Warnings, w => Assert.Contains("\"normalization\": \"SplitAdjusted\"", w, StringComparison.Ordinal));
        Assert.Contains(added.Validation.CorporateActions, n => n.EndsWith("loaded Raw (as stored).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_window_over_a_split_loaded_SplitAdjusted_is_a_note_and_no_warning()
    {
        var config = ReplaySession.Config(["SPY"], trailingDays: 3);
        config.Normalization = "SplitAdjusted";
        var replay = new ReplaySession(sample.OpenStore(), config, Friday);

        var added = await replay.Coordinator.AddSymbolAsync("MSFT", ProvisionSource.Scanner);
        var spy = await replay.Coordinator.AddSymbolAsync("SPY", ProvisionSource.Scanner);

        Assert.True(added.Succeeded, added.Reason);
        Assert.Empty(added.Warnings);
        Assert.Contains(added.Validation.CorporateActions, n => n.Contains("spans 2-for-1 split on 2024-11-27: loaded SplitAdjusted as of 2024-11-29.", StringComparison.Ordinal));
        Assert.Contains(added.Steps, s => s.Message?.Contains("SplitAdjusted as of 2024-11-29: 2-for-1 split on 2024-11-27", StringComparison.Ordinal) == true);
        Assert.Empty(spy.Validation.CorporateActions);
    }
}
