using Provisioning.Data.Store;

namespace Provisioning.Cli.Loading;

/// <summary>Everything a command works on: the config and the bar store it points at.</summary>
/// <param name="Loaded">The config.</param>
/// <param name="DataRoot">The bar store's root folder, absolute; it exists.</param>
/// <param name="Store">The bar store over <paramref name="DataRoot"/>, with the config's exchange calendar.</param>
internal sealed record SessionInputs(LoadedConfig Loaded, string DataRoot, ParquetBarStore Store);
