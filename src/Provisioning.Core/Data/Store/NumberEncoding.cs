namespace Provisioning.Data.Store;

/// <summary>How a price or volume column is stored; every encoding is read into doubles.</summary>
internal enum NumberEncoding
{
    Double = 0,
    Float,
    Decimal,
    Int32,
    Int64,
}
