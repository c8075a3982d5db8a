namespace Provisioning.Strategies;

/// <summary>Which of a strategy's callbacks the session called.</summary>
public enum StrategyCallback
{
    /// <summary><see cref="Strategy.OnStart"/>: pre-open provisioning is done.</summary>
    Start,

    /// <summary><see cref="Strategy.OnBar"/>: a bar of one of the strategy's series closed.</summary>
    Bar,

    /// <summary><see cref="Strategy.OnSessionEnd"/>: the session's stream ended.</summary>
    SessionEnd,
}
