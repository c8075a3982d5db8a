namespace Provisioning.Requirements;

/// <summary>What an addition adds.</summary>
public enum OperationType
{
    /// <summary>A symbol with everything the session config asks of every symbol.</summary>
    Symbol = 0,

    /// <summary>Bars of one interval for a symbol.</summary>
    Bar,

    /// <summary>An indicator on bars of one interval for a symbol.</summary>
    Indicator,
}
