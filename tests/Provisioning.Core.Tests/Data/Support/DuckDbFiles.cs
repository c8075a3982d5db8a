using System.IO;
using DuckDB.NET.Data;

namespace Provisioning.Core.Tests.Data.Support;

/// <summary>Writes Parquet files with DuckDB: a second writer, independent of Parquet.Net.</summary>
internal static class DuckDbFiles
{
    /// <summary>
    /// The one-minute bars of the 15 weekday sessions from 2024-01-02 to 2024-01-22 (14:30 to 21:00 UTC), with the values
    /// of <see cref="SyntheticBars"/> computed in SQL: columns i (bar index) and t (TIMESTAMP, UTC wall time).
    /// </summary>
    public const string MinuteBars = """
        WITH days AS (SELECT DATE '2024-01-02' + INTERVAL (d) DAY AS day FROM range(21) r(d)),
             sessions AS (SELECT day FROM days WHERE dayofweek(day) BETWEEN 1 AND 5),
             minutes AS (SELECT day + INTERVAL 870 MINUTE + INTERVAL (m) MINUTE AS t FROM sessions, range(390) r(m))
        SELECT t, (row_number() OVER (ORDER BY t) - 1)::BIGINT AS i FROM minutes
        """;

    /// <summary>The open of bar i in SQL, the same double arithmetic as <see cref="SyntheticBars"/>.</summary>
    public const string Open = "(100.0::DOUBLE + i::DOUBLE / 100.0::DOUBLE)";

    public static void Copy(string select, string path, string options)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var zone = connection.CreateCommand())
        {
            zone.CommandText = "SET TimeZone='UTC'";
            zone.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = "COPY (" + select + ") TO '" + path.Replace("'", "''", System.StringComparison.Ordinal)
            + "' (FORMAT PARQUET" + (options.Length > 0 ? ", " + options : string.Empty) + ")";
        command.ExecuteNonQuery();
    }
}
