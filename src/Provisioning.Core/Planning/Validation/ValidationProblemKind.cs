namespace Provisioning.Planning.Validation;

/// <summary>What Step 0 found in the way of an addition.</summary>
internal enum ValidationProblemKind
{
    /// <summary>The symbol is not well formed (empty, too long, path characters...).</summary>
    InvalidSymbol = 0,

    /// <summary>The store cannot be read at all (missing or unreadable root).</summary>
    StoreUnavailable,

    /// <summary>The store has no bars of any interval for the symbol.</summary>
    UnknownSymbol,

    /// <summary>The store has the symbol but not its base interval.</summary>
    BaseIntervalNotStored,

    /// <summary>A file of the series cannot be used (corrupt, empty, missing or wrong-typed column).</summary>
    UnusableFile,

    /// <summary>The base interval is stored but holds no usable bar.</summary>
    NoHistory,

    /// <summary>The stored history starts after the first bar needed.</summary>
    HistoryStartsTooLate,

    /// <summary>The stored history ends before the last bar needed.</summary>
    HistoryEndsTooEarly,

    /// <summary>Whole sessions are missing inside the needed range.</summary>
    HistoryHasGaps,

    /// <summary>The needed history reaches outside the exchange calendar.</summary>
    OutsideCalendar,
}
