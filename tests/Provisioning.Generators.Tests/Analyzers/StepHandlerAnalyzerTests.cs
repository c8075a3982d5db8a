using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Provisioning.Generators.Analyzers;

namespace Provisioning.Generators.Tests.Analyzers;

public sealed class StepHandlerAnalyzerTests
{
    private static string Steps(string declarations) => """
        using System.Threading.Tasks;
        using Provisioning.Steps.__Internals;
        using Provisioning.Steps;
        using Provisioning.Planning;

        namespace Desk;

        """ + declarations;

    [Fact]
    public async Task Each_step_type_with_one_handler_is_clean_and_a_derived_step_is_handled_by_its_base_handler()
    {
        var test = new AnalyzerTest<StepHandlerAnalyzer>(Steps("""
            public partial record Warm(string Symbol) : ProvisioningStep(Symbol)
            {
                public override string Describe() => "warm";
            }

            public sealed record WarmTwice(string Symbol) : Warm(Symbol)
            {
                public override string Describe() => "warm twice";
            }

            public abstract record Custom(string Symbol) : ProvisioningStep(Symbol);

            public static class Handlers
            {
                [StepHandler]
                public static ValueTask<StepResult> Handle(Warm step, StepContext context) => new(StepResult.Done());
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_step_type_without_a_handler_is_reported_at_its_name()
    {
        var test = new AnalyzerTest<StepHandlerAnalyzer>(Steps("""
            public sealed record {|#0:NotifyDesk|}(string Symbol) : ProvisioningStep(Symbol)
            {
                public override string Describe() => "notify";
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0007", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Step type NotifyDesk has no [StepHandler] method, so a plan containing it could never run: add [StepHandler] public static ValueTask<StepResult> Handle(NotifyDesk step, StepContext context) to a static class"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Two_handlers_of_one_step_type_are_each_reported()
    {
        var test = new AnalyzerTest<StepHandlerAnalyzer>(Steps("""
            public sealed record Audit(string Symbol) : ProvisioningStep(Symbol)
            {
                public override string Describe() => "audit";
            }

            public static class First
            {
                [StepHandler]
                public static ValueTask<StepResult> {|#0:Write|}(Audit step, StepContext context) => new(StepResult.Done());
            }

            public static class Second
            {
                [StepHandler]
                public static ValueTask<StepResult> {|#1:Log|}(Audit step, StepContext context) => new(StepResult.Done());
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0038", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Step type Audit has 2 [StepHandler] methods (this one and Second.Log), so the dispatch cannot choose: keep one and remove [StepHandler] from the others"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0038", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Step type Audit has 2 [StepHandler] methods (this one and First.Write), so the dispatch cannot choose: keep one and remove [StepHandler] from the others"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_handler_the_dispatch_cannot_call_is_reported_and_does_not_count_as_a_handler()
    {
        var test = new AnalyzerTest<StepHandlerAnalyzer>(Steps("""
            public sealed record {|#0:Audit|}(string Symbol) : ProvisioningStep(Symbol)
            {
                public override string Describe() => "audit";
            }

            public sealed class Handlers
            {
                [StepHandler]
                public ValueTask<StepResult> {|#1:Instance|}(Audit step, StepContext context) => new(StepResult.Done());

                [StepHandler]
                public static Task<StepResult> {|#2:WrongReturn|}(Audit step, StepContext context) => Task.FromResult(StepResult.Done());
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0007", DiagnosticSeverity.Error).WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0039", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Step handler Instance must be static"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0042", DiagnosticSeverity.Error).WithLocation(2)
            .WithMessage("Step handler WrongReturn must be \"static ValueTask<StepResult> WrongReturn(TStep step, StepContext context)\" with TStep a record deriving from ProvisioningStep"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Generic_private_and_abstract_step_handlers_each_have_their_own_id_at_the_handler()
    {
        var test = new AnalyzerTest<StepHandlerAnalyzer>(Steps("""
            public abstract record DeskStep(string Symbol) : ProvisioningStep(Symbol);

            public sealed partial record Audit(string Symbol) : DeskStep(Symbol)
            {
                public override string Describe() => "audit";
            }

            public static class Handlers
            {
                [StepHandler]
                public static ValueTask<StepResult> Handle(Audit step, StepContext context) => new(StepResult.Done());

                [StepHandler]
                public static ValueTask<StepResult> {|#0:Generic|}<T>(Audit step, StepContext context) => new(StepResult.Done());

                [StepHandler]
                private static ValueTask<StepResult> {|#1:Hidden|}(Audit step, StepContext context) => new(StepResult.Done());

                [StepHandler]
                public static ValueTask<StepResult> Base(DeskStep {|#2:step|}, StepContext context) => new(StepResult.Done());
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0040", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Step handler Generic must not be generic or declared in a generic type"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0041", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Step handler Hidden must be public or internal, in public or internal types, so the generated dispatch can call it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0043", DiagnosticSeverity.Error).WithLocation(2)
            .WithMessage("Step handler Base handles DeskStep, which is abstract; handle each concrete step type"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_step_type_with_its_own_handler_that_is_not_partial_is_suggested_partial_and_others_are_not()
    {
        var test = new AnalyzerTest<StepHandlerAnalyzer>(Steps("""
            public sealed record {|#0:Audit|}(string Symbol) : ProvisioningStep(Symbol)
            {
                public override string Describe() => "audit";
            }

            public partial record Warm(string Symbol) : ProvisioningStep(Symbol)
            {
                public override string Describe() => "warm";
            }

            public sealed record WarmTwice(string Symbol) : Warm(Symbol)
            {
                public override string Describe() => "warm twice";
            }

            public sealed record Generic<T>(string Symbol) : ProvisioningStep(Symbol)
            {
                public override string Describe() => "generic";
            }

            public static class {|#2:Books|}
            {
                public sealed partial record {|#1:Snapshot|}(string Symbol) : ProvisioningStep(Symbol)
                {
                    public override string Describe() => "snapshot";
                }
            }

            public static class Handlers
            {
                [StepHandler]
                public static ValueTask<StepResult> Write(Audit step, StepContext context) => new(StepResult.Done());

                [StepHandler]
                public static ValueTask<StepResult> Handle(Warm step, StepContext context) => new(StepResult.Done());

                [StepHandler]
                public static ValueTask<StepResult> Closed(Generic<int> step, StepContext context) => new(StepResult.Done());

                [StepHandler]
                public static ValueTask<StepResult> Take(Books.Snapshot step, StepContext context) => new(StepResult.Done());
            }
            """));

        // Warm is partial, WarmTwice has no handler of its own and Generic<T> cannot carry one: none is suggested.
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0047", DiagnosticSeverity.Info).WithLocation(0)
            .WithMessage("Make type Audit partial: the generator then writes the handler call into step type Audit, so dispatching it is one virtual call instead of a lookup and a switch"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PRV0047", DiagnosticSeverity.Info).WithLocation(1).WithLocation(2)
            .WithMessage("Make type Books partial: the generator then writes the handler call into step type Snapshot, so dispatching it is one virtual call instead of a lookup and a switch"));
        await test.RunAsync();
    }
}
