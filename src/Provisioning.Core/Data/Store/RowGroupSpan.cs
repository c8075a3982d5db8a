namespace Provisioning.Data.Store;

/// <summary>One row group of a file: its index, rows and the UTC ticks of its first and last bar start.</summary>
internal readonly record struct RowGroupSpan(int Index, long Rows, long FirstTicks, long LastTicks)
{
    /// <summary>True when the row group may hold bars starting in [from, to).</summary>
    public bool Meets(long fromTicks, long toTicks) => LastTicks >= fromTicks && FirstTicks < toTicks;
}
