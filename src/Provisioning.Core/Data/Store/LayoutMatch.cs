namespace Provisioning.Data.Store;

/// <summary>A file found by walking the layout, with the symbol, interval and year its path names.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Symbol">The symbol, canonical.</param>
/// <param name="Interval">The interval's canonical text.</param>
/// <param name="Year">The UTC year the file holds; 0 when the layout has no year.</param>
internal sealed record LayoutMatch(string Path, string? Symbol, string? Interval, int Year);
