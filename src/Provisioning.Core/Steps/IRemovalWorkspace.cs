using Provisioning.Intervals;

namespace Provisioning.Steps;

/// <summary>
/// The staging area of one removal from one symbol, as the removal step handlers see it: they stage what goes, and
/// the session applies it all at once after the last step succeeded, so a failed removal is undone by dropping the
/// workspace. The session implements it; handlers never see the session itself.
/// </summary>
internal interface IRemovalWorkspace
{
    /// <summary>The symbol the removal works on.</summary>
    string Symbol { get; }

    /// <summary>True when the symbol has the indicator with <paramref name="key"/>.</summary>
    bool HasIndicator(string key);

    /// <summary>True when the symbol has bars of <paramref name="interval"/>.</summary>
    bool HasInterval(Interval interval);

    /// <summary>Stages the indicator's removal: detached from its series and released.</summary>
    void UnregisterIndicator(string key);

    /// <summary>Stages the end of the stream of base <paramref name="interval"/>: marked off at commit, unsubscribed after it.</summary>
    void StopStream(Interval interval);

    /// <summary>Stages the removal of the series of <paramref name="interval"/> with its aggregator and bars.</summary>
    void DropInterval(Interval interval);

    /// <summary>Stages the removal of the symbol from the session.</summary>
    void DropSymbol();
}
