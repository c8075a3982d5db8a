using System;
using System.IO;

namespace Provisioning.Reporting;

/// <summary>The report's page template, script, style and the vendored chart library, embedded in the assembly.</summary>
internal static class ReportAssets
{
    /// <summary>The vendored TradingView Lightweight Charts build (Apache-2.0; see Assets/VENDORED.md).</summary>
    public const string ChartLibrary = "lightweight-charts.standalone.production.js";

    public const string Template = "report.html";

    public const string Script = "report.js";

    public const string Style = "report.css";

    /// <summary>The text of the embedded asset <paramref name="name"/>.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream("Provisioning.Reporting.Assets." + name)
            ?? throw new InvalidOperationException($"The report asset {name} is not embedded in {typeof(ReportAssets).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
