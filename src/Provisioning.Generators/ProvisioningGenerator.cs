using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Provisioning.Collections;
using Provisioning.Generators.Emitting;
using Provisioning.Generators.Model;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators;

/// <summary>
/// Turns attribute declarations into typed APIs at compile time. Per [Indicator] class: its Descriptor and typed
/// Spec(...), and a session Add…Async extension. Per assembly: a module initializer registering its indicators in
/// IndicatorCatalog.Default, and a step dispatcher (a switch over the [StepHandler] methods' step types) registered in
/// StepDispatcher.Default. Per strategy ([Bars], [UsesIndicator]): its manifest. Invalid declarations are skipped;
/// the analyzers report them. Every pipeline model is a value-equatable record, so unrelated edits stay cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ProvisioningGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var indicators = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownType.IndicatorAttribute.MetadataName,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => Guard(syntax, cancellationToken, static (s, t) =>
                    s.TargetSymbol is INamedTypeSymbol type ? IndicatorDeclarationReader.Read(type, t).Model : null))
            .WithTrackingName(TrackingNames.IndicatorDeclarations)
            .Where(static indicator => indicator is not null)
            .WithTrackingName(TrackingNames.Indicators);

        var extensionsHost = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(ExtensionsHost.BuildProperty, out var value) ? ExtensionsHost.Parse(value) : null)
            .WithTrackingName(TrackingNames.ExtensionsHost);

        context.RegisterSourceOutput(indicators.Combine(extensionsHost), static (output, pair) =>
        {
            var (indicator, host) = pair;
            output.AddSource(IndicatorApiEmitter.HintName(indicator!), IndicatorApiEmitter.Emit(indicator!).ToSourceText());
            output.AddSource(
                IndicatorSessionExtensionsEmitter.HintName(indicator!),
                IndicatorSessionExtensionsEmitter.Emit(indicator!, host).ToSourceText());
        });

        var registrations = indicators
            .Collect()
            .WithTrackingName(TrackingNames.AllIndicators)
            .Select(static (all, _) => Registrations(all))
            .WithTrackingName(TrackingNames.IndicatorRegistrations);

        context.RegisterSourceOutput(registrations, static (output, entries) =>
        {
            if (!entries.IsEmpty)
            {
                output.AddSource(IndicatorRegistrationEmitter.HintName, IndicatorRegistrationEmitter.Emit(entries).ToSourceText());
            }
        });

        var dispatch = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownType.StepHandlerAttribute.MetadataName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntax, cancellationToken) => Guard(syntax, cancellationToken, static (s, t) =>
                    s.TargetSymbol is IMethodSymbol method ? StepHandlerReader.Read(method, t).Model : null))
            .WithTrackingName(TrackingNames.StepHandlerDeclarations)
            .Where(static handler => handler is not null)
            .WithTrackingName(TrackingNames.StepHandlers)
            .Collect()
            .WithTrackingName(TrackingNames.AllStepHandlers)
            .Select(static (all, _) => Dispatch(all))
            .WithTrackingName(TrackingNames.StepDispatch);

        context.RegisterSourceOutput(dispatch, static (output, handlers) =>
        {
            if (!handlers.IsEmpty)
            {
                output.AddSource(StepDispatcherEmitter.HintName, StepDispatcherEmitter.Emit(handlers).ToSourceText());
            }
        });

        var fromBars = StrategiesWith(context, KnownType.BarsAttribute.MetadataName)
            .WithTrackingName(TrackingNames.StrategiesFromBars)
            .Collect()
            .WithTrackingName(TrackingNames.AllStrategiesFromBars);
        var fromUses = StrategiesWith(context, KnownType.UsesIndicatorAttribute.MetadataName)
            .WithTrackingName(TrackingNames.StrategiesFromIndicatorUses)
            .Collect()
            .WithTrackingName(TrackingNames.AllStrategiesFromIndicatorUses);
        var strategies = fromBars
            .Combine(fromUses)
            .Select(static (pair, _) => Distinct(pair.Left.Concat(pair.Right)))
            .WithTrackingName(TrackingNames.AllStrategies)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Strategies);

        context.RegisterSourceOutput(strategies, static (output, strategy) =>
            output.AddSource(StrategyManifestEmitter.HintName(strategy), StrategyManifestEmitter.Emit(strategy).ToSourceText()));
    }

    private static IncrementalValuesProvider<StrategyModel?> StrategiesWith(IncrementalGeneratorInitializationContext context, string attribute) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attribute,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => Guard(syntax, cancellationToken, static (s, t) =>
                    s.TargetSymbol is INamedTypeSymbol type ? StrategyDeclarationReader.Read(type, t).Model : null))
            .Where(static strategy => strategy is not null);

    /// <summary>
    /// Runs a reader, turning an unexpected exception into "nothing to generate": the generator must not fail the
    /// build over a half-typed declaration. Cancellation still propagates.
    /// </summary>
    private static TModel? Guard<TModel>(
        GeneratorAttributeSyntaxContext syntax,
        CancellationToken cancellationToken,
        Func<GeneratorAttributeSyntaxContext, CancellationToken, TModel?> read)
        where TModel : class
    {
        try
        {
            return read(syntax, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The indicators to register, by name; names declared by two types are left out (PRV0005 reports them).</summary>
    private static EquatableArray<IndicatorRegistrationModel> Registrations(ImmutableArray<IndicatorModel?> all) =>
        new(all
            .Select(i => new IndicatorRegistrationModel(i!.Name, i.Type.FullyQualifiedName))
            .Distinct()
            .GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.FullyQualifiedType, StringComparer.Ordinal));

    /// <summary>
    /// The handlers to dispatch to, derived step types first; step types with more than one handler are left out
    /// (PRV0007 reports them).
    /// </summary>
    private static EquatableArray<StepHandlerModel> Dispatch(ImmutableArray<StepHandlerModel?> all) =>
        new(all
            .GroupBy(h => h!.StepType, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single()!)
            .OrderByDescending(h => h.StepTypeDepth)
            .ThenBy(h => h.StepType, StringComparer.Ordinal));

    /// <summary>One model per strategy type (a type with both attributes, or attributes on several parts, is read more than once), by name.</summary>
    private static EquatableArray<StrategyModel> Distinct(IEnumerable<StrategyModel?> all) =>
        new(all
            .GroupBy(s => s!.Type.HintName, StringComparer.Ordinal)
            .Select(g => g.First()!)
            .OrderBy(s => s.Type.HintName, StringComparer.Ordinal));
}
