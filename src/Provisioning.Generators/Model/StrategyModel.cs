using Provisioning.Collections;

namespace Provisioning.Generators.Model;

/// <summary>A strategy class and everything it declares (its base strategies' declarations first).</summary>
/// <param name="Type">The strategy class.</param>
/// <param name="Bars">The valid [Bars] declarations.</param>
/// <param name="Indicators">The valid [UsesIndicator] declarations.</param>
/// <param name="HidesInheritedManifest">True when a base strategy has its own generated DeclaredManifest.</param>
internal sealed record StrategyModel(
    TypeDeclarationModel Type,
    EquatableArray<BarsModel> Bars,
    EquatableArray<IndicatorUseModel> Indicators,
    bool HidesInheritedManifest);
