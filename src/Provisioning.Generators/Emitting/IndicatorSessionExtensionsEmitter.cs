using System.Linq;
using Provisioning.Generators.Model;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Emitting;

/// <summary>
/// Emits the fluent session addition of an indicator, <c>session.AddSmaAsync("AAPL", period: 20, interval: "5m")</c>,
/// and its removal beside it, <c>session.RemoveSmaAsync(…)</c> with the same parameters: extension methods on
/// IProvisioningSession that go through the session's name-based pipeline (so bad values and intervals are rejected
/// results, not exceptions). Parameters: the symbol, the required indicator parameters, the
/// interval, the optional indicator parameters, the source, the token. By default each indicator gets its own
/// <c>{Name}SessionExtensions</c> class in its namespace; with a <see cref="ExtensionsHost"/> (the
/// <c>ProvisioningSessionExtensionsClass</c> build property) every indicator of the assembly adds a part to that one
/// partial class, whose hand-written part chooses its accessibility and docs (Core keeps its built-ins' additions in
/// the session's namespace that way, so the indicators do not depend on the session).
/// </summary>
internal static class IndicatorSessionExtensionsEmitter
{
    public static string HintName(IndicatorModel indicator) => indicator.Type.HintName + ".SessionExtensions.g.cs";

    public static SourceWriter Emit(IndicatorModel indicator, ExtensionsHost? host = null)
    {
        var type = indicator.Type;
        var accessibility = type.IsPublic ? "public" : "internal";
        var nameSpace = host?.Namespace ?? type.Namespace;
        var writer = new SourceWriter();
        if (nameSpace.Length > 0)
        {
            writer.Open("namespace " + nameSpace);
        }

        if (host is null)
        {
            writer.Line($"/// <summary>Adds <c>{indicator.Name}</c> indicators to a trading session, and removes them.</summary>");
            writer.Open($"{accessibility} static class {type.FlatName}SessionExtensions");
        }
        else
        {
            writer.Open($"static partial class {host.Name}");
        }

        var required = indicator.Parameters.Where(p => !p.HasDefault).ToArray();
        var optional = indicator.Parameters.Where(p => p.HasDefault).ToArray();
        var methodAccessibility = host is null ? "public" : accessibility;
        writer.Line(
            $"/// <summary>Adds a <c>{indicator.Name}</c> indicator{ParameterText.Summary(indicator.Parameters)} on <c>interval</c> bars of "
            + "<c>symbol</c> through the session's provisioning pipeline; a bad value or interval is a rejected result.</summary>");
        EmitMethod(writer, indicator, type, methodAccessibility, "Add", CoreNames.AdditionResult, "AddIndicatorAsync", required, optional);
        writer.Line();
        writer.Line(
            $"/// <summary>Drops <c>source</c>'s hold on the <c>{indicator.Name}</c> indicator{ParameterText.Summary(indicator.Parameters)} on <c>interval</c> bars of "
            + "<c>symbol</c>; it is removed when nothing else holds it. A bad value or interval, or an indicator <c>source</c> never added, is a rejected result.</summary>");
        EmitMethod(writer, indicator, type, methodAccessibility, "Remove", CoreNames.RemovalResult, "RemoveIndicatorAsync", required, optional);
        writer.Close();
        return nameSpace.Length > 0 ? writer.Close() : writer;
    }

    // One fluent method: Add{Name}Async or Remove{Name}Async, forwarding to the session's name-based call.
    private static void EmitMethod(
        SourceWriter writer,
        IndicatorModel indicator,
        TypeDeclarationModel type,
        string accessibility,
        string verb,
        string resultType,
        string sessionMethod,
        IndicatorParameterModel[] required,
        IndicatorParameterModel[] optional)
    {
        writer.Line($"[{CoreNames.IndicatorApiAttribute}(typeof({type.FullyQualifiedName}))]");
        writer.Line($"{accessibility} static {CoreNames.ValueTask}<{resultType}> {verb}{type.Name.TrimStart('@')}Async(");
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
        writer.Line($"return session.{sessionMethod}(");
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
    }
}
