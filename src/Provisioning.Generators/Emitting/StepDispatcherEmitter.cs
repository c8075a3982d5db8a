using Provisioning.Collections;
using Provisioning.Generators.Model;

namespace Provisioning.Generators.Emitting;

/// <summary>
/// Emits the assembly's step dispatch: a file-local IStepDispatcher whose <c>switch</c> routes each step type to its
/// [StepHandler] method (derived step types first), and a module initializer that registers it in
/// StepDispatcher.Default when the assembly loads. A partial step type also gets the handler call written into it
/// (an override of ProvisioningStep.RunHandler), so the default dispatch is one virtual call for it.
/// </summary>
internal static class StepDispatcherEmitter
{
    public const string HintName = "Provisioning.StepDispatcher.g.cs";

    public static SourceWriter Emit(EquatableArray<StepHandlerModel> handlers)
    {
        var writer = new SourceWriter();
        writer.Open("namespace Provisioning.Generated");
        writer.Line("/// <summary>Routes each step type of this assembly's [StepHandler] methods to its handler.</summary>");
        writer.Open($"file sealed class GeneratedStepDispatcher : {CoreNames.StepDispatcherInterface}");
        writer.Line($"private static readonly {CoreNames.Type}[] s_stepTypes = new {CoreNames.Type}[]");
        writer.Line("{");
        writer.Indent();
        foreach (var handler in handlers)
        {
            writer.Line($"typeof({handler.StepType}),");
        }

        writer.Outdent();
        writer.Line("};");
        writer.Line();
        writer.Line($"public {CoreNames.ReadOnlyList}<{CoreNames.Type}> StepTypes => s_stepTypes;");
        writer.Line();
        writer.Line($"public bool TryDispatch({CoreNames.ProvisioningStep} step, {CoreNames.StepContext} context, out {CoreNames.ValueTask}<{CoreNames.StepResult}> outcome)");
        writer.Line("{");
        writer.Indent();
        writer.Open("switch (step)");
        foreach (var handler in handlers)
        {
            writer.Line($"case {handler.StepType} typed:");
            writer.Indent();
            writer.Line($"outcome = {handler.HandlerType}.{handler.MethodName}(typed, context);");
            writer.Line("return true;");
            writer.Outdent();
        }

        writer.Line("default:");
        writer.Indent();
        writer.Line("outcome = default;");
        writer.Line("return false;");
        writer.Outdent();
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Registers the dispatcher in the step dispatcher when the assembly loads.</summary>");
        writer.Open("file static class StepDispatcherRegistration");
        writer.Line($"[{CoreNames.ModuleInitializer}]");
        writer.Line($"internal static void Register() => {CoreNames.StepDispatcher}.Default.Register(new GeneratedStepDispatcher());");
        writer.Close();
        writer.Close();
        foreach (var handler in handlers)
        {
            if (handler.PartialStepType is { } stepType)
            {
                EmitCarriedHandler(writer, stepType, handler);
            }
        }

        return writer;
    }

    private static void EmitCarriedHandler(SourceWriter writer, TypeDeclarationModel stepType, StepHandlerModel handler)
    {
        writer.Line();
        writer.OpenContainers(stepType);
        writer.Open($"partial {stepType.Keyword} {stepType.Name}");
        writer.Line("/// <inheritdoc />");
        writer.Line($"[{CoreNames.EditorBrowsable}({CoreNames.EditorBrowsableState}.Never)]");
        writer.Line($"protected override {CoreNames.ValueTask}<{CoreNames.StepResult}> RunHandler({CoreNames.StepContext} context) =>");
        writer.Indent();
        var call = $"{handler.HandlerType}.{handler.MethodName}(this, context)";
        if (handler.StepTypeIsSealed)
        {
            writer.Line(call + ";");
        }
        else
        {
            // A derived type may have a handler of its own in another assembly: the base sends it to the registered ones.
            writer.Line($"GetType() == typeof({handler.StepType}) ? {call} : base.RunHandler(context);");
        }

        writer.Outdent();
        writer.Close();
        writer.CloseContainers(stepType);
    }
}
