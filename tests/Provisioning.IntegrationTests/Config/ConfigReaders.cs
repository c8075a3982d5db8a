using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Provisioning.Cli.Loading;
using Provisioning.Config;
using Provisioning.Hosting;
using Provisioning.Indicators.__Internals;

namespace Provisioning.IntegrationTests.Config;

/// <summary>Whether a reader accepts a config, and where it puts the first error (line and column from 1; 0 when it names no place).</summary>
internal sealed record ConfigOutcome(bool Accepted, int Line, int Column, string Detail)
{
    public static ConfigOutcome Accept { get; } = new(true, 0, 0, string.Empty);

    public static ConfigOutcome RefuseAt(int line, int column) => new(false, line, column, string.Empty);

    public bool SameAs(ConfigOutcome other) => Accepted == other.Accepted && Line == other.Line && Column == other.Column;

    public override string ToString() => Accepted ? "accepted" : $"refused at {Line}:{Column} ({Detail})";
}

/// <summary>
/// The three readers of a session config: the build (what SessionConfigAnalyzer reports), the CLI's loader and a host
/// binding it through AddProvisioning. Only APIs main already has, so the drift cases can be run against main.
/// </summary>
internal static class ConfigReaders
{
    /// <summary>What every reader checks names against: the built-in indicators (as a project referencing them declares) and the known exchanges.</summary>
    public static SessionConfigValidationContext Context { get; } =
        new(IndicatorDeclarations.From(IndicatorCatalog.Default), null);

    /// <summary>
    /// The build. SessionConfigAnalyzer is a thin wrapper: it calls SessionConfigValidator.Validate and reports each issue
    /// at text.Lines.GetLinePositionSpan(span) of the file's SourceText, the same two calls made here.
    /// </summary>
    public static ConfigOutcome Build(string text)
    {
        var validation = SessionConfigValidator.Validate(text, Context);
        var first = validation.Issues.FirstOrDefault(i => i.Severity == ConfigIssueSeverity.Error);
        if (first is null)
        {
            return ConfigOutcome.Accept;
        }

        var position = SourceText.From(text).Lines.GetLinePosition(Math.Max(0, Math.Min(first.Start, text.Length)));
        return new(false, position.Line + 1, position.Character + 1, first.Path + ": " + first.Message);
    }

    /// <summary>The CLI's loader reading the config from a file (validate, plan and run all load it so).</summary>
    public static ConfigOutcome Cli(string text)
    {
        var file = Path.Combine(Path.GetTempPath(), "prv-config-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, text, new UTF8Encoding(false));
        try
        {
            return new SessionInputLoader(IndicatorCatalog.Default).TryLoadConfig(file, out _, out var failure)
                ? ConfigOutcome.Accept
                : FromCli(failure);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static ConfigOutcome FromCli(CommandFailure failure)
    {
        var first = failure.Issues.FirstOrDefault(i => i.IsError);
        return first is null ? new(false, 0, 0, failure.Message) : new(false, first.Line, first.Column, first.Path + ": " + first.Message);
    }

    /// <summary>
    /// A host: the text as a JSON configuration source, bound by AddProvisioning and validated as at start. Refusals are
    /// reported with the exception's type in <see cref="ConfigOutcome.Detail"/>; configuration has no line and column.
    /// </summary>
    public static ConfigOutcome Host(string text) => Host(text, out _);

    /// <summary>A host's decision on <paramref name="text"/>, and the config it resolved when it accepted.</summary>
    public static ConfigOutcome Host(string text, out ResolvedSessionConfig? resolved)
    {
        resolved = null;
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(text))).Build();
            var services = new ServiceCollection();
            services.AddProvisioning(configuration);
            using var provider = services.BuildServiceProvider();
            _ = provider.GetRequiredService<IOptions<SessionConfig>>().Value;
            var fromHost = provider.GetRequiredService<ResolvedSessionConfig>();
            _ = provider.GetRequiredService<Provisioning.Calendar.ITradingCalendar>();
            resolved = fromHost;
            return ConfigOutcome.Accept;
        }
        catch (Exception e)
        {
            return new(false, 0, 0, e.GetType().Name + ": " + e.Message);
        }
    }
}
