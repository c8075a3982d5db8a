namespace Provisioning.Execution;

/// <summary>Which of a strategy's callbacks the session called.</summary>
public enum StrategyCallback
{
    /// <summary><see cref="Strategies.Strategy.OnStart"/>: pre-open provisioning is done.</summary>
    Start,

    /// <summary><see cref="Strategies.Strategy.OnBar"/>: a bar of one of the strategy's series closed.</summary>
    Bar,

    /// <summary><see cref="Strategies.Strategy.OnSessionEnd"/>: the session's stream ended.</summary>
    SessionEnd,
}
