using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Provisioning.Config;
using Provisioning.Generators.Diagnostics;
using Provisioning.Generators.Reading;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// PRV0008 (PRV0009 for non-canonical intervals, PRV0044 for a value listed twice) inside session config files passed as additional files
/// (<see cref="SessionConfigFiles"/>). The text is read through <see cref="AdditionalText"/>, checked by the same
/// <see cref="SessionConfigValidator"/> the runtime and CLI use, against the indicators the compilation declares or
/// references, and each issue is reported at its line and column in the file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SessionConfigAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            ProvisioningDiagnostics.InvalidSessionConfig,
            ProvisioningDiagnostics.NonCanonicalInterval,
            ProvisioningDiagnostics.DuplicateSessionConfigValue);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => AnalyzerGuard.Run(start, s =>
        {
            var compilation = s.Compilation;
            var validationContext = new Lazy<SessionConfigValidationContext>(
                () => CreateContext(compilation, s.CancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            s.RegisterAdditionalFileAction(c => AnalyzerGuard.Run(c, f => Analyze(f, validationContext)));
        }));
    }

    private static SessionConfigValidationContext CreateContext(Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName(KnownType.IndicatorAttribute.MetadataName) is null)
        {
            return SessionConfigValidationContext.TextOnly;
        }

        var indicators = VisibleIndicators.Read(compilation, cancellationToken).ToDeclared(cancellationToken);
        return new SessionConfigValidationContext(indicators, exchanges: null);
    }

    private static void Analyze(AdditionalFileAnalysisContext context, Lazy<SessionConfigValidationContext> validationContext)
    {
        if (!SessionConfigFiles.IsSessionConfig(context.AdditionalFile, context.Options.AnalyzerConfigOptionsProvider))
        {
            return;
        }

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var validation = SessionConfigValidator.Validate(text.ToString(), validationContext.Value);
        foreach (var issue in validation.Issues)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var start = Math.Max(0, Math.Min(issue.Start, text.Length));
            var span = new TextSpan(start, Math.Max(0, Math.Min(issue.Length, text.Length - start)));
            var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(issue.Kind switch
            {
                // ConfigIssue.NonCanonical is the only way to make this kind, and it always carries both arguments.
                ConfigIssueKind.NonCanonicalInterval =>
                    ProblemReporter.Create(ProvisioningDiagnostics.NonCanonicalInterval, location, null, null, issue.Arguments.ToArray()),
                ConfigIssueKind.DuplicateValue =>
                    ProblemReporter.Create(ProvisioningDiagnostics.DuplicateSessionConfigValue, location, null, null, issue.Message),
                _ => ProblemReporter.Create(ProvisioningDiagnostics.InvalidSessionConfig, location, null, null, issue.Message),
            });
        }
    }
}
