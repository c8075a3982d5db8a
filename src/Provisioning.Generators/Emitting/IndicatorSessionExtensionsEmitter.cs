using System.Linq;
using Provisioning.Generators.Model;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Emitting;

/// <summary>
/// Emits the fluent session addition of an indicator: <c>session.AddSmaAsync("AAPL", period: 20, interval: "5m")</c>,
/// an extension method on IProvisioningSession in the indicator's namespace that goes through the session's
/// name-based pipeline (so bad values and intervals are rejected results, not exceptions). Parameters: the symbol,
/// the required indicator parameters, the interval, the optional indicator parameters, the source, the token.
/// </summary>
internal static class IndicatorSessionExtensionsEmitter
{
    public static string HintName(IndicatorModel indicator) => indicator.Type.HintName + ".SessionExtensions.g.cs";

    public static SourceWriter Emit(IndicatorModel indicator)
    {
        var type = indicator.Type;
        var accessibility = type.IsPublic ? "public" : "internal";
        var bareName = type.Name.TrimStart('@');
        var writer = new SourceWriter();
        if (type.Namespace.Length > 0)
        {
            writer.Open("namespace " + type.Namespace);
        }

        writer.Line($"/// <summary>Adds <see cref=\"{type.FullyQualifiedName}\"/> indicators to a trading session.</summary>");
        writer.Line($"[{CoreNames.IndicatorApiAttribute}(typeof({type.FullyQualifiedName}))]");
        writer.Open($"{accessibility} static class {type.FlatName}SessionExtensions");

        writer.Line($"/// <summary>");
        writer.Line($"/// Adds a <c>{indicator.Name}</c> indicator on bars of <paramref name=\"interval\"/> for <paramref name=\"symbol\"/> through the");
        writer.Line("/// session's provisioning pipeline, which adds the symbol, its bars and their history when they are missing.");
        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"session\">The session.</param>");
        writer.Line("/// <param name=\"symbol\">The symbol (\"AAPL\").</param>");
        var required = indicator.Parameters.Where(p => !p.HasDefault).ToArray();
        var optional = indicator.Parameters.Where(p => p.HasDefault).ToArray();
        foreach (var parameter in required)
        {
            writer.Line($"/// <param name=\"{parameter.Name}\">The <c>{parameter.Name}</c> parameter: {ParameterText.Range(parameter)}.</param>");
        }

        writer.Line("/// <param name=\"interval\">The interval of the bars the indicator is updated on (\"5m\").</param>");
        foreach (var parameter in optional)
        {
            writer.Line($"/// <param name=\"{parameter.Name}\">The <c>{parameter.Name}</c> parameter: {ParameterText.Range(parameter)}.</param>");
        }

        writer.Line("/// <param name=\"source\">Who asks.</param>");
        writer.Line("/// <param name=\"cancellationToken\">Cancels the addition; what was done is undone.</param>");
        writer.Line("/// <returns>What the addition did; rejected with a reason when a value is outside its range or the interval is not supported.</returns>");
        writer.Line($"public static {CoreNames.ValueTask}<{CoreNames.ProvisioningResult}> Add{bareName}Async(");
        writer.Indent();
        writer.Line($"this {CoreNames.ProvisioningSession} session,");
        writer.Line("string symbol,");
        foreach (var parameter in required)
        {
            writer.Line(ParameterText.Declaration(parameter) + ",");
        }

        writer.Line("string interval,");
        foreach (var parameter in optional)
        {
            writer.Line(ParameterText.Declaration(parameter) + ",");
        }

        writer.Line($"{CoreNames.ProvisionSource} source = {CoreNames.ProvisionSource}.Adhoc,");
        writer.Line($"{CoreNames.CancellationToken} cancellationToken = default)");
        writer.Outdent();
        writer.Line("{").Indent();
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(session);");
        writer.Line("return session.AddIndicatorAsync(");
        writer.Indent();
        writer.Line("symbol,");
        writer.Line(CSharpLiteral.String(indicator.Name) + ",");
        if (indicator.Parameters.IsEmpty)
        {
            writer.Line($"global::System.Array.Empty<{CoreNames.IndicatorParameter}>(),");
        }
        else
        {
            writer.Line($"new {CoreNames.IndicatorParameter}[]");
            writer.Line("{");
            writer.Indent();
            foreach (var parameter in indicator.Parameters)
            {
                writer.Line($"new {CoreNames.IndicatorParameter}({CSharpLiteral.String(parameter.Name)}, {SymbolShape.Identifier(parameter.Name)}),");
            }

            writer.Outdent();
            writer.Line("},");
        }

        writer.Line("interval,");
        writer.Line("source,");
        writer.Line("cancellationToken);");
        writer.Outdent();
        writer.Close();

        writer.Close();
        return type.Namespace.Length > 0 ? writer.Close() : writer;
    }
}
