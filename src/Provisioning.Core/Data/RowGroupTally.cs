namespace Provisioning.Data;

/// <summary>What reading one row group found, counted locally on the hot path and added to statistics once.</summary>
internal struct RowGroupTally
{
    public int Rows;
    public int MissingValues;
    public int InvalidTimestamps;
    public int InvalidPrices;
    public int HighBelowLow;
    public int OpenCloseOutsideHighLow;
    public int InvalidVolumes;
    public int OutsideSession;
    public int Duplicates;
    public int OutOfOrder;
}
