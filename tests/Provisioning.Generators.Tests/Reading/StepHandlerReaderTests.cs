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
        Assert.Equal(new Model.StepHandlerModel("global::WarmTwice", 3, "global::H", "Twice"), reading.Model);
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
