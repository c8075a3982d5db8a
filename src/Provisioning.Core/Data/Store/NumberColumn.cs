namespace Provisioning.Data.Store;

/// <summary>A resolved price or volume column: its name in the file, how it is stored and whether it may hold nulls.</summary>
internal sealed record NumberColumn(string Name, NumberEncoding Encoding, bool Nullable);
