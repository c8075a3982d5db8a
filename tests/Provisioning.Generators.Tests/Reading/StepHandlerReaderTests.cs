using Provisioning.Generators.Reading;
using static Provisioning.Generators.Tests.Reading.ReaderTestSource;

namespace Provisioning.Generators.Tests.Reading;

/// <summary>What the step handler reader makes of a [StepHandler] method.</summary>
public sealed class StepHandlerReaderTests
{
    private const string Steps = """
        public record Warm(string Symbol) : ProvisioningStep(Symbol) { public override string Describe() => "warm"; }
        public sealed record WarmTwice(string Symbol) : Warm(Symbol) { public override string Describe() => "twice"; }
        public abstract record Partial(string Symbol) : ProvisioningStep(Symbol);

        """;

    [Fact]
    public void Reads_a_valid_handler_with_the_depth_of_its_step_type()
    {
        var compilation = Compile(Steps + """
            public static class H { [StepHandler] internal static ValueTask<StepResult> Twice(WarmTwice step, StepContext context) => default; }
            """);

        var reading = StepHandlerReader.Read(Method(compilation, "H", "Twice"), default);

        Assert.Empty(reading.Problems);
        // object <- ProvisioningStep <- Warm <- WarmTwice
        Assert.Equal(new Model.StepHandlerModel("global::WarmTwice", 3, "global::H", "Twice", PartialStepType: null, StepTypeIsSealed: true), reading.Model);
    }

    [Theory]
    [InlineData("public sealed partial record Carried(string Symbol) : ProvisioningStep(Symbol) { public override string Describe() => \"c\"; }", "Carried", "Carried", true)]
    [InlineData("public partial record Carried(string Symbol) : ProvisioningStep(Symbol) { public override string Describe() => \"c\"; }", "Carried", "Carried", false)]
    [InlineData("public static partial class Outer { public sealed partial record Carried(string Symbol) : ProvisioningStep(Symbol) { public override string Describe() => \"c\"; } }", "Outer.Carried", "OuterCarried", true)]
    [InlineData("public static class Outer { public sealed partial record Carried(string Symbol) : ProvisioningStep(Symbol) { public override string Describe() => \"c\"; } }", "Outer.Carried", null, true)]
    [InlineData("public sealed record Carried(string Symbol) : ProvisioningStep(Symbol) { public override string Describe() => \"c\"; }", "Carried", null, true)]
    public void Writes_the_handler_into_a_step_type_only_when_it_and_its_containers_are_partial(
        string declaration, string stepType, string? flatName, bool isSealed)
    {
        var compilation = Compile(declaration + "\npublic static class H { [StepHandler] public static ValueTask<StepResult> Run(" + stepType + " step, StepContext context) => default; }");

        var model = StepHandlerReader.Read(Method(compilation, "H", "Run"), default).Model;

        Assert.NotNull(model);
        Assert.Equal(flatName, model.PartialStepType?.FlatName);
        Assert.Equal(isSealed, model.StepTypeIsSealed);
    }

    [Theory]
    [InlineData("public ValueTask<StepResult> M(Warm step, StepContext context) => default;", "HandlerNotStatic @ M")]
    [InlineData("public static ValueTask<StepResult> M(Partial step, StepContext context) => default;", "HandlerStepTypeAbstract @ step")]
    [InlineData("public static ValueTask<StepResult> M(ProvisioningStep step, StepContext context) => default;", "HandlerSignature @ M")]
    [InlineData("public static Task<StepResult> M(Warm step, StepContext context) => default!;", "HandlerSignature @ M")]
    [InlineData("public static ValueTask<StepResult> M(StepContext context, Warm step) => default;", "HandlerSignature @ M")]
    [InlineData("private static ValueTask<StepResult> M(Warm step, StepContext context) => default;", "HandlerInaccessible @ M")]
    [InlineData("public static ValueTask<StepResult> M<T>(Warm step, StepContext context) => default;", "HandlerGeneric @ M")]
    public void Reports_what_is_wrong_with_a_handler(string method, string expected)
    {
        var compilation = Compile(Steps + "public class H { [StepHandler] " + method + " }");

        var reading = StepHandlerReader.Read(Method(compilation, "H", "M"), default);

        Assert.Null(reading.Model);
        Assert.Equal([expected], Describe(reading.Problems));
    }

    [Fact]
    public void Recognises_step_types()
    {
        var compilation = Compile(Steps);

        Assert.True(StepHandlerReader.IsStepType(Type(compilation, "Warm")));
        Assert.True(StepHandlerReader.IsStepType(Type(compilation, "Partial")));
        Assert.False(StepHandlerReader.IsStepType(Type(compilation, "Provisioning.Steps.ProvisioningStep")));
        Assert.False(StepHandlerReader.IsStepType(Type(compilation, "Sma")));
    }
}
