namespace Provisioning.Data.Store;

/// <summary>What identifies one state of a file: its length and a stamp (the last write time, or an object's ETag).</summary>
/// <param name="Length">The length in bytes.</param>
/// <param name="Stamp">Changes whenever the content may have changed.</param>
internal readonly record struct BarFileVersion(long Length, string Stamp);
