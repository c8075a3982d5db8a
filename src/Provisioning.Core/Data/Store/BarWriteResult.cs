using Provisioning.Collections;

namespace Provisioning.Data.Store;

/// <summary>What a write did.</summary>
/// <param name="Files">The files written, full paths.</param>
/// <param name="BarsWritten">Bars in the files written (kept and new).</param>
/// <param name="BarsReplaced">Stored bars replaced by a new bar with the same start.</param>
internal sealed record BarWriteResult(EquatableArray<string> Files, int BarsWritten, int BarsReplaced);
