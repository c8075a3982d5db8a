using Provisioning.Collections;
using Provisioning.Generators.Model;

namespace Provisioning.Generators.Emitting;

/// <summary>
/// Emits the assembly's indicator registration: a file-local module initializer that registers every indicator of the
/// assembly, by name order, in IndicatorCatalog.Default when the assembly loads. No reflection and no assembly scanning.
/// </summary>
internal static class IndicatorRegistrationEmitter
{
    public const string HintName = "Provisioning.IndicatorRegistration.g.cs";

    public static SourceWriter Emit(EquatableArray<IndicatorRegistrationModel> indicators)
    {
        var writer = new SourceWriter();
        writer.Open("namespace Provisioning.Generated");
        writer.Line("/// <summary>Registers this assembly's indicators in the indicator catalog when the assembly loads.</summary>");
        writer.Open("file static class IndicatorRegistration");
        writer.Line($"[{CoreNames.ModuleInitializer}]");
        writer.Open("internal static void Register()");
        writer.Line($"{CoreNames.IndicatorCatalog}.Default.Register(new {CoreNames.IndicatorDescriptor}[]");
        writer.Line("{");
        writer.Indent();
        foreach (var indicator in indicators)
        {
            writer.Line(indicator.FullyQualifiedType + ".Descriptor,");
        }

        writer.Outdent();
        writer.Line("});");
        writer.Close();
        writer.Close();
        return writer.Close();
    }
}
