using System;
using Provisioning.Requirements;

namespace Provisioning.Session;

/// <summary>Who added a symbol to the session, when, and whether it meets the session config (the seed's metadata rules).</summary>
/// <param name="AddedBy">The source that added it, or that upgraded it to the config, or that still holds it after the source that added it let go.</param>
/// <param name="MeetsSessionConfigRequirements">True when it was provisioned with everything the session config asks of a symbol.</param>
/// <param name="AutoProvisioned">True when it was created for an addition that was not the config's.</param>
/// <param name="UpgradedFromAdhoc">True when it was first added by a scanner, strategy or person and later upgraded by the config.</param>
/// <param name="AddedAtUtc">The session time it was added.</param>
/// <param name="UpgradedAtUtc">The session time it was upgraded; null when it was not.</param>
public sealed record SymbolMetadata(
    ProvisionSource AddedBy,
    bool MeetsSessionConfigRequirements,
    bool AutoProvisioned,
    bool UpgradedFromAdhoc,
    DateTime AddedAtUtc,
    DateTime? UpgradedAtUtc);
