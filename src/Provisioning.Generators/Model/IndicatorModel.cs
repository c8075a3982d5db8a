using Provisioning.Collections;

namespace Provisioning.Generators.Model;

/// <summary>A valid [Indicator] declaration, as the emitters need it.</summary>
/// <param name="Type">The indicator class.</param>
/// <param name="Name">The declared name ("sma").</param>
/// <param name="InputMember">The PriceInput member name ("Close").</param>
/// <param name="Parameters">The public constructor's parameters, in order.</param>
/// <param name="WarmupArguments">The WarmupBars parameters, in its order.</param>
internal sealed record IndicatorModel(
    TypeDeclarationModel Type,
    string Name,
    string InputMember,
    EquatableArray<IndicatorParameterModel> Parameters,
    EquatableArray<WarmupArgumentModel> WarmupArguments);
