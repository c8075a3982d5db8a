using Provisioning.Session;

namespace Provisioning.Strategies;

/// <summary>What a started strategy reads the session through: its data and the additions made in the strategy's name.</summary>
/// <param name="Data">The session's symbols, bars and indicators.</param>
/// <param name="Session">The session's additions, tracked as the strategy's own.</param>
internal sealed record StrategyBinding(SessionData Data, IProvisioningSession Session);
