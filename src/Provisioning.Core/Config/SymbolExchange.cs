namespace Provisioning.Config;

/// <summary>A config symbol that names its own exchange (<c>{ "symbol": "7203", "exchange": "XTKS" }</c>).</summary>
/// <param name="Symbol">The symbol, normalised (upper case).</param>
/// <param name="Exchange">The exchange's calendar name, or a definition file (*.json), as written.</param>
internal readonly record struct SymbolExchange(string Symbol, string Exchange);
