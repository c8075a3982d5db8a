using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Provisioning.Config;
using Provisioning.Generators.Diagnostics;
using Provisioning.Json;
using Provisioning.Text;

namespace Provisioning.Generators.Analyzers;

/// <summary>
/// PRV0045 and PRV0046 for the calendar definition files session configs name as exchanges (a value ending in
/// <c>.json</c>, the session's or a symbol's, read relative to the session config's folder as the runtime reads it):
/// a definition that is an <c>AdditionalFiles</c> item is checked by <see cref="CalendarDefinitionCheck"/> and each
/// problem reported in it at its line and column (once, however many configs name it); one that is not is PRV0046 at
/// the value. Unknown exchange names are PRV0008, from the session config validator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CalendarDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(ProvisioningDiagnostics.InvalidCalendarDefinition, ProvisioningDiagnostics.UncheckedCalendarDefinition);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(c => AnalyzerGuard.Run(c, Analyze));
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        var options = context.Options;
        var files = options.AdditionalFiles;
        var checkedFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var config in files)
        {
            if (!SessionConfigFiles.IsSessionConfig(config, options.AnalyzerConfigOptionsProvider)
                || config.GetText(context.CancellationToken) is not { } configText)
            {
                continue;
            }

            var folder = Folder(config.Path);
            foreach (var value in DefinitionValues(JsonDocumentParser.Parse(configText.ToString()).Root))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var wanted = Normalize(folder + value.Value.Trim());
                var definition = files.FirstOrDefault(f => string.Equals(Normalize(f.Path), wanted, StringComparison.OrdinalIgnoreCase));
                if (definition is null)
                {
                    context.ReportDiagnostic(ProblemReporter.Create(
                        ProvisioningDiagnostics.UncheckedCalendarDefinition,
                        At(config.Path, configText, value.Span),
                        null,
                        null,
                        EchoedText.Quote(value.Value),
                        EchoedText.Inline(value.Value.Trim())));
                    continue;
                }

                if (checkedFiles.Add(wanted) && definition.GetText(context.CancellationToken) is { } definitionText)
                {
                    foreach (var (message, span) in CalendarDefinitionCheck.Check(definitionText.ToString()))
                    {
                        context.ReportDiagnostic(ProblemReporter.Create(
                            ProvisioningDiagnostics.InvalidCalendarDefinition,
                            At(definition.Path, definitionText, span),
                            null,
                            null,
                            EchoedText.Inline(value.Value.Trim()),
                            message));
                    }
                }
            }
        }
    }

    // The exchange values of a session config that name a definition file: the default and each symbol object's.
    private static IEnumerable<JsonStringNode> DefinitionValues(JsonNode? root)
    {
        if (root is not JsonObjectNode document)
        {
            yield break;
        }

        if (document.Find(SessionConfigSchema.Exchange)?.Value is JsonStringNode exchange && SessionConfigValidator.IsDefinitionFile(exchange.Value))
        {
            yield return exchange;
        }

        if (document.Find(SessionConfigSchema.Symbols)?.Value is JsonArrayNode symbols)
        {
            foreach (var item in symbols.Items)
            {
                if (item is JsonObjectNode entry && entry.Find(SessionConfigSchema.Exchange)?.Value is JsonStringNode own && SessionConfigValidator.IsDefinitionFile(own.Value))
                {
                    yield return own;
                }
            }
        }
    }

    private static Location At(string path, SourceText text, JsonSpan span)
    {
        var start = Math.Max(0, Math.Min(span.Start, text.Length));
        var textSpan = new TextSpan(start, Math.Max(0, Math.Min(span.Length, text.Length - start)));
        return Location.Create(path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }

    // The folder of a path with a trailing separator ("/desk/" for "/desk/session.json"); empty for a bare name.
    private static string Folder(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? string.Empty : path.Substring(0, slash + 1);
    }

    // A path with '/' separators and "." and ".." segments resolved, compared without touching the file system.
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "." || (segment.Length == 0 && i > 0))
            {
                continue;
            }

            if (segment == ".." && parts.Count > 0 && parts[parts.Count - 1] != ".." && parts[parts.Count - 1].Length > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join("/", parts);
    }
}
