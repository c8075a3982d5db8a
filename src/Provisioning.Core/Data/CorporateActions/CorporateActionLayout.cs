namespace Provisioning.Data.CorporateActions;

/// <summary>
/// Where a symbol's corporate-action table lives beside the bars, whatever the bars' path template:
/// <c>corporate_actions/symbol=AAPL/actions.parquet</c> and, for hand edits, <c>…/actions.csv</c> (both are read when
/// both exist). The underscore keeps the folder from ever reading as a symbol or an interval of the bars' layout.
/// </summary>
internal static class CorporateActionLayout
{
    /// <summary>The folder under the store's root that holds every symbol's table.</summary>
    public const string Folder = "corporate_actions";

    /// <summary>The Parquet table of <paramref name="symbol"/> (normalised), relative to the root.</summary>
    public static string ParquetPath(string symbol) => Folder + "/symbol=" + symbol + "/actions.parquet";

    /// <summary>The CSV table of <paramref name="symbol"/> (normalised), relative to the root.</summary>
    public static string CsvPath(string symbol) => Folder + "/symbol=" + symbol + "/actions.csv";
}
