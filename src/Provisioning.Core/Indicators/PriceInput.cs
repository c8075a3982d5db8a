namespace Provisioning.Indicators;

/// <summary>Which part of a bar an indicator reads.</summary>
public enum PriceInput
{
    /// <summary>The close.</summary>
    Close = 0,

    /// <summary>The open.</summary>
    Open,

    /// <summary>The high.</summary>
    High,

    /// <summary>The low.</summary>
    Low,

    /// <summary>(High + Low) / 2.</summary>
    Median,

    /// <summary>(High + Low + Close) / 3.</summary>
    Typical,

    /// <summary>High, low and close together (ATR, Stochastic).</summary>
    HighLowClose,

    /// <summary>The volume.</summary>
    Volume,

    /// <summary>Price and volume together (VWAP, OBV).</summary>
    PriceVolume,
}
