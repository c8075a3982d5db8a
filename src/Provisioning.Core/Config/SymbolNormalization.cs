using Provisioning.Data.CorporateActions;

namespace Provisioning.Config;

/// <summary>A config symbol with its own normalization (<c>{ "symbol": "NVDA", "normalization": "SplitAdjusted" }</c>).</summary>
/// <param name="Symbol">The symbol, normalised (upper case).</param>
/// <param name="Mode">How its history is adjusted for corporate actions.</param>
internal readonly record struct SymbolNormalization(string Symbol, NormalizationMode Mode);
