using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Provisioning.Config;
using Provisioning.Data.Store;
using Provisioning.Indicators.__Internals;
using Provisioning.Text;

namespace Provisioning.Cli.Loading;

/// <summary>
/// Reads a session config the way the build reads it: the text is checked first by the shared
/// <see cref="SessionConfigValidator"/> (every issue at its line and column), then that checked result is
/// turned into runtime types by <see cref="SessionConfigResolver"/>. Then finds the bar store. Bad input gives a <see cref="CommandFailure"/>, never an exception.
/// </summary>
internal sealed class SessionInputLoader
{
    private readonly IndicatorCatalog _catalog;

    public SessionInputLoader(IndicatorCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>The config at <paramref name="configArgument"/> and the store at <paramref name="dataArgument"/> (or the config's data root).</summary>
    public bool TryLoad(
        string configArgument,
        string? dataArgument,
        [NotNullWhen(true)] out SessionInputs? inputs,
        [NotNullWhen(false)] out CommandFailure? failure)
    {
        inputs = null;
        if (!TryLoadConfig(configArgument, out var loaded, out failure))
        {
            return false;
        }

        // An s3:// root (from --data or the config) is object storage, reached as the config's data keys say.
        var objectRoot = !string.IsNullOrWhiteSpace(dataArgument) ? dataArgument.Trim() : loaded.Config.DataRoot;
        if (ObjectStorageRootRule.IsObjectStorage(objectRoot))
        {
            if (!ObjectStorageRootRule.TryParse(objectRoot, out _, out _, out var reason))
            {
                failure = CommandFailure.Usage($"The data root {EchoedText.Quote(objectRoot)} is not usable: {reason}");
                return false;
            }

            var objectStore = Hosting.ConfiguredBarStore.ForObjectStorage(objectRoot, loaded.Config.ObjectStorage, loaded.Markets)!;
            inputs = new SessionInputs(loaded, objectStore.Root, objectStore);
            return true;
        }

        if (!TryFindDataRoot(loaded, dataArgument, out var root, out failure))
        {
            return false;
        }

        // Each symbol's bars are checked against its own market's sessions.
        var store = new ParquetBarStore(new ParquetBarStoreOptions { RootDirectory = root }, loaded.Markets);
        inputs = new SessionInputs(loaded, root, store);
        return true;
    }

    /// <summary>Reads, checks, binds and resolves the config file.</summary>
    public bool TryLoadConfig(string configArgument, [NotNullWhen(true)] out LoadedConfig? loaded, [NotNullWhen(false)] out CommandFailure? failure)
    {
        loaded = null;
        var file = configArgument.Trim();
        if (file.Length == 0)
        {
            failure = CommandFailure.Usage("--config needs the path of a session config file, such as --config session.json.");
            return false;
        }

        var fullPath = Path.GetFullPath(file);
        if (Directory.Exists(fullPath))
        {
            failure = CommandFailure.Usage($"--config {file} is a folder; pass the session config file in it, such as --config {Path.Combine(file, "session.json")}.");
            return false;
        }

        if (!File.Exists(fullPath))
        {
            failure = CommandFailure.Usage(
                $"The config file {file} does not exist (looked for {fullPath}). Pass --config with the path of your session.json; "
                + "`provision sample-data --out demo` writes an example config next to sample data.");
            return false;
        }

        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = CommandFailure.Usage($"The config file {file} cannot be read: {e.Message}");
            return false;
        }

        return TryLoadConfigText(file, fullPath, text, out loaded, out failure);
    }

    /// <summary>Checks and resolves config <paramref name="text"/> read from <paramref name="file"/>.</summary>
    internal bool TryLoadConfigText(string file, string fullPath, string text, [NotNullWhen(true)] out LoadedConfig? loaded, [NotNullWhen(false)] out CommandFailure? failure)
    {
        loaded = null;
        var context = SessionConfigContexts.WithCalendars(IndicatorDeclarations.From(_catalog));
        var validation = SessionConfigValidator.Validate(text, context);
        var issues = validation.Issues.Select(issue => ReportedIssue.From(issue, file)).ToList();
        if (validation.HasErrors)
        {
            failure = Invalid(file, issues);
            return false;
        }

        // Resolve the result already checked: validating again could only repeat the answer above.
        var resolved = SessionConfigResolver.Resolve(validation, withPlaces: true);

        // The validator accepts known calendars and definition files (*.json, read beside the config); a file can still be bad.
        if (!SessionMarketsResolver.TryResolve(resolved, Path.GetDirectoryName(fullPath), out var markets, out var calendarError))
        {
            failure = CommandFailure.InvalidConfig($"{file}: {calendarError}", issues);
            return false;
        }

        loaded = new LoadedConfig(file, fullPath, resolved, issues, markets);
        failure = null;
        return true;
    }

    private static bool TryFindDataRoot(LoadedConfig loaded, string? dataArgument, [NotNullWhen(true)] out string? root, [NotNullWhen(false)] out CommandFailure? failure)
    {
        string from;
        if (!string.IsNullOrWhiteSpace(dataArgument))
        {
            root = Path.GetFullPath(dataArgument.Trim());
            from = "--data " + dataArgument.Trim();
        }
        else
        {
            var configured = loaded.Config.DataRoot;
            root = Path.IsPathRooted(configured)
                ? Path.GetFullPath(configured)
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(loaded.FullPath)!, configured));
            from = $"data.root \"{configured}\" in {loaded.File}, relative to the config file's folder";
        }

        if (!Directory.Exists(root))
        {
            failure = CommandFailure.Usage(
                $"The data directory {root} does not exist (from {from}). Point --data at your bar store, "
                + $"or write the sample data there with `provision sample-data --out {root}`.");
            root = null;
            return false;
        }

        failure = null;
        return true;
    }

    private static CommandFailure Invalid(string file, List<ReportedIssue> issues)
    {
        var errors = issues.Count(i => i.IsError);
        return CommandFailure.InvalidConfig(
            $"{file} has {errors} error{(errors == 1 ? string.Empty : "s")}; fix {(errors == 1 ? "it" : "them")} and run again.",
            issues);
    }
}
