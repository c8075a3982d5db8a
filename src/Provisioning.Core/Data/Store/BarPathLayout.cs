using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Provisioning.Intervals;
using Provisioning.Symbols;

namespace Provisioning.Data.Store;

/// <summary>
/// A parsed <see cref="ParquetBarStoreOptions.PathTemplate"/>: builds a series' file paths from a valid symbol and walks
/// the directory tree to list what is stored. Symbols and intervals found on disk are used only when they are in
/// canonical form, so a listed name always round-trips to the same path.
/// <para>
/// Each directory or file name of the template is matched by one regular expression built with the layout: the name
/// whole (<c>\z</c>, so no final line feed), <c>{symbol}</c> as <c>[A-Za-z0-9._^-]+</c>, <c>{interval}</c> as
/// <c>[0-9]+[a-z]+</c>, <c>{year}</c> as <c>[0-9]{4}</c>, the rest literally; placeholders are greedy and backtrack.
/// A placeholder bound to a value (the symbol or interval asked for) matches when it captured exactly that value, so
/// every name has one reading whatever is asked.
/// </para>
/// <para>
/// Symbols are canonical upper case. A name whose symbol differs from a valid symbol only by case
/// (<c>symbol=aapl</c>) is not read but reported as <see cref="BarProblemKind.MisnamedSymbol"/>, with the name to
/// rename it to: when walking for every symbol, and when the series asked for has no entry of its exact name.
/// </para>
/// </summary>
internal sealed class BarPathLayout
{
    private const string SymbolToken = "{symbol}";
    private const string IntervalToken = "{interval}";
    private const string YearToken = "{year}";
    private const string SymbolGroup = "symbol";
    private const string IntervalGroup = "interval";
    private const string YearGroup = "year";

    private static readonly (string Token, string Group)[] Tokens =
    [
        (SymbolToken, "(?<" + SymbolGroup + ">[A-Za-z0-9._^-]+)"),
        (IntervalToken, "(?<" + IntervalGroup + ">[0-9]+[a-z]+)"),
        (YearToken, "(?<" + YearGroup + ">[0-9]{4})"),
    ];

    private readonly string[] _segments;
    private readonly Regex[] _patterns;

    private BarPathLayout(string template, string[] segments)
    {
        Template = template;
        _segments = segments;
        _patterns = Array.ConvertAll(segments, SegmentPattern);
        HasYear = template.Contains(YearToken, StringComparison.Ordinal);
    }

    /// <summary>The template text.</summary>
    public string Template { get; }

    /// <summary>True when each file holds one year.</summary>
    public bool HasYear { get; }

    /// <summary>Parses and checks a template; false with a reason when it cannot name files safely.</summary>
    public static bool TryCreate(string? template, out BarPathLayout layout, out string reason)
    {
        layout = null!;
        var shown = "The path template \"" + template + "\"";
        if (string.IsNullOrWhiteSpace(template))
        {
            reason = "The path template is empty; use \"" + ParquetBarStoreOptions.DefaultPathTemplate + "\".";
            return false;
        }

        if (template.Contains('\\', StringComparison.Ordinal) || template.StartsWith('/') || Path.IsPathRooted(template))
        {
            reason = shown + " must be relative to the root, with '/' between directories.";
            return false;
        }

        var segments = template.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                reason = shown + " has an empty, \".\" or \"..\" directory.";
                return false;
            }

            var withoutTokens = segment.Replace(SymbolToken, "\u0001", StringComparison.Ordinal)
                .Replace(IntervalToken, "\u0001", StringComparison.Ordinal)
                .Replace(YearToken, "\u0001", StringComparison.Ordinal);
            if (withoutTokens.Contains('{', StringComparison.Ordinal) || withoutTokens.Contains('}', StringComparison.Ordinal))
            {
                reason = shown + " has an unknown placeholder; use {symbol}, {interval} and {year}.";
                return false;
            }

            if (withoutTokens.Contains("\u0001\u0001", StringComparison.Ordinal))
            {
                reason = shown + " has two placeholders with nothing between them in \"" + segment + "\".";
                return false;
            }

            if (segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                reason = shown + " has a character that cannot be in a file name in \"" + segment + "\".";
                return false;
            }
        }

        if (Count(template, SymbolToken) != 1 || Count(template, IntervalToken) != 1)
        {
            reason = shown + " must hold {symbol} and {interval} once each.";
            return false;
        }

        var yearCount = Count(template, YearToken);
        if (yearCount > 1 || (yearCount == 1 && !segments[^1].Contains(YearToken, StringComparison.Ordinal)))
        {
            reason = shown + " may hold {year} once, in the file name.";
            return false;
        }

        if (!segments[^1].EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            reason = shown + " must end in \".parquet\".";
            return false;
        }

        layout = new BarPathLayout(template, segments);
        reason = string.Empty;
        return true;
    }

    /// <summary>The path of the file of <paramref name="symbol"/>, <paramref name="interval"/> and <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">The symbol is not a normalised valid symbol (a bug: callers check first).</exception>
    public string FilePath(string root, string symbol, Interval interval, int year)
    {
        RequireCanonicalSymbol(symbol);
        var parts = new string[_segments.Length + 1];
        parts[0] = root;
        for (var i = 0; i < _segments.Length; i++)
        {
            parts[i + 1] = Fill(_segments[i], symbol, interval.ToString(), year.ToString("D4", CultureInfo.InvariantCulture));
        }

        return Path.Combine(parts);
    }

    /// <summary>Lists the files of one series, with their year (0 when the layout has none).</summary>
    public IEnumerable<LayoutMatch> SeriesFiles(string root, string symbol, Interval interval, DirectoryListingCache listings, List<BarFileProblem> problems)
    {
        RequireCanonicalSymbol(symbol);
        return Walk(root, symbol, interval.ToString(), listings, problems);
    }

    /// <summary>
    /// Walks the tree for every file the template matches, binding the tokens not given; directories are listed through
    /// <paramref name="listings"/>.
    /// </summary>
    public IEnumerable<LayoutMatch> Walk(string root, string? symbol, string? interval, DirectoryListingCache listings, List<BarFileProblem> problems)
    {
        var literals = new string?[_segments.Length];
        for (var i = 0; i < _segments.Length; i++)
        {
            var bound = _segments[i];
            if (symbol is not null)
            {
                bound = bound.Replace(SymbolToken, symbol, StringComparison.Ordinal);
            }

            if (interval is not null)
            {
                bound = bound.Replace(IntervalToken, interval, StringComparison.Ordinal);
            }

            literals[i] = bound.Contains('{', StringComparison.Ordinal) ? null : bound;
        }

        if (!Directory.Exists(root))
        {
            problems.Add(RootProblem(root));
            yield break;
        }

        foreach (var match in WalkFrom(root, 0, literals, new LayoutMatch(string.Empty, symbol, interval, 0), listings, problems))
        {
            yield return match;
        }
    }

    /// <summary>
    /// The start every path of a walk shares, '/'-separated and relative: the template with <paramref name="symbol"/> and
    /// <paramref name="interval"/> filled in, up to its first unfilled token (an object-storage listing prefix).
    /// </summary>
    public string LiteralPrefix(string? symbol, string? interval)
    {
        var filled = string.Join('/', _segments);
        if (symbol is not null)
        {
            filled = filled.Replace(SymbolToken, symbol, StringComparison.Ordinal);
        }

        if (interval is not null)
        {
            filled = filled.Replace(IntervalToken, interval, StringComparison.Ordinal);
        }

        var open = filled.IndexOf('{', StringComparison.Ordinal);
        return open < 0 ? filled : filled[..open];
    }

    /// <summary>
    /// The match of a '/'-separated relative path (an object key below the root) by the template, binding the tokens not
    /// given, with the rules of a walk; null when the path is not a file of the layout. Its <see cref="LayoutMatch.Path"/>
    /// is <paramref name="relativePath"/>.
    /// </summary>
    public LayoutMatch? MatchRelative(string relativePath, string? symbol, string? interval)
    {
        var names = relativePath.Split('/');
        if (names.Length != _segments.Length)
        {
            return null;
        }

        var bound = new LayoutMatch(relativePath, symbol, interval, 0);
        for (var depth = 0; depth < names.Length; depth++)
        {
            var match = MatchSegment(_patterns[depth], names[depth], bound.Symbol, bound.Interval);
            if (match is null || !TryBind(match, bound, out bound))
            {
                return null;
            }
        }

        return bound;
    }

    /// <summary>The problem of a root directory that is missing or is not a directory.</summary>
    public static BarFileProblem RootProblem(string root) => File.Exists(root)
        ? new BarFileProblem(root, BarProblemKind.Unreadable, "The bar store root \"" + root + "\" is a file, not a directory.")
        : new BarFileProblem(root, BarProblemKind.RootMissing, "The bar store root \"" + root + "\" does not exist; "
            + "create it, point RootDirectory at the folder that holds the bars, or generate the sample data.");

    private IEnumerable<LayoutMatch> WalkFrom(
        string directory,
        int depth,
        string?[] literals,
        LayoutMatch bound,
        DirectoryListingCache listings,
        List<BarFileProblem> problems)
    {
        var last = depth == _segments.Length - 1;
        if (literals[depth] is { } literal)
        {
            var path = Path.Combine(directory, literal);
            if (last)
            {
                if (File.Exists(path))
                {
                    yield return bound with { Path = path };
                }
                else
                {
                    ReportMisnamed(directory, depth, bound, listings, problems);
                }

                yield break;
            }

            if (Directory.Exists(path))
            {
                foreach (var found in WalkFrom(path, depth + 1, literals, bound, listings, problems))
                {
                    yield return found;
                }
            }
            else if (File.Exists(path))
            {
                problems.Add(new BarFileProblem(path, BarProblemKind.Unreadable,
                    "\"" + path + "\" is a file where the layout expects a directory; move it away."));
            }
            else
            {
                ReportMisnamed(directory, depth, bound, listings, problems);
            }

            yield break;
        }

        string[] entries;
        try
        {
            entries = last ? listings.Files(directory) : listings.Directories(directory);
        }
        catch (DirectoryNotFoundException)
        {
            yield break;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problems.Add(new BarFileProblem(directory, BarProblemKind.Unreadable,
                "The directory \"" + directory + "\" cannot be read: " + e.Message));
            yield break;
        }

        foreach (var entry in entries)
        {
            var match = MatchSegment(_patterns[depth], Path.GetFileName(entry), bound.Symbol, bound.Interval);
            if (match is null || !TryBind(match, bound, out var next))
            {
                if (Misnamed(depth, entry, bound) is { } problem)
                {
                    problems.Add(problem);
                }

                continue;
            }

            if (last)
            {
                yield return next with { Path = entry };
                continue;
            }

            foreach (var found in WalkFrom(entry, depth + 1, literals, next, listings, problems))
            {
                yield return found;
            }
        }
    }

    /// <summary>Lists <paramref name="directory"/> for entries of level <paramref name="depth"/> whose symbol differs from the bound one only by case.</summary>
    private void ReportMisnamed(string directory, int depth, LayoutMatch bound, DirectoryListingCache listings, List<BarFileProblem> problems)
    {
        if (bound.Symbol is null || !_segments[depth].Contains(SymbolToken, StringComparison.Ordinal))
        {
            return;
        }

        string[] entries;
        try
        {
            entries = depth == _segments.Length - 1 ? listings.Files(directory) : listings.Directories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (Misnamed(depth, entry, bound) is { } problem)
            {
                problems.Add(problem);
            }
        }
    }

    /// <summary>
    /// The problem of <paramref name="entry"/> when its symbol is valid but not canonical (not upper case) and, when a
    /// symbol is bound, is that symbol in another case; otherwise null.
    /// </summary>
    private BarFileProblem? Misnamed(int depth, string entry, LayoutMatch bound)
    {
        if (!_segments[depth].Contains(SymbolToken, StringComparison.Ordinal))
        {
            return null;
        }

        var name = Path.GetFileName(entry);
        if (MatchSegment(_patterns[depth], name, null, bound.Interval) is not { } match
            || match.Groups[SymbolGroup] is not { Success: true } group
            || !SymbolName.TryNormalize(group.Value, out var canonical, out _)
            || canonical == group.Value
            || (bound.Symbol is not null && canonical != bound.Symbol))
        {
            return null;
        }

        var renamed = string.Concat(name.AsSpan(0, group.Index), canonical, name.AsSpan(group.Index + group.Length));
        return new BarFileProblem(entry, BarProblemKind.MisnamedSymbol,
            "\"" + entry + "\" names the symbol \"" + group.Value + "\", but symbols are stored upper case, so its bars are not read; "
            + "rename it to \"" + renamed + "\".");
    }

    /// <summary>The regular expression of one template segment (see the class remarks); groups <c>symbol</c>, <c>interval</c> and <c>year</c>.</summary>
    internal static Regex SegmentPattern(string segment)
    {
        var pattern = new StringBuilder("^");
        var literalStart = 0;
        var position = 0;
        while (position < segment.Length)
        {
            var group = TokenAt(segment, position, out var token);
            if (group is null)
            {
                position++;
                continue;
            }

            pattern.Append(Regex.Escape(segment[literalStart..position])).Append(group);
            position += token.Length;
            literalStart = position;
        }

        pattern.Append(Regex.Escape(segment[literalStart..])).Append(@"\z");
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>
    /// The match of <paramref name="name"/> by <paramref name="pattern"/>, or null; with <paramref name="symbol"/> or
    /// <paramref name="interval"/> given, the placeholder must have captured exactly that value.
    /// </summary>
    internal static Match? MatchSegment(Regex pattern, string name, string? symbol, string? interval)
    {
        var match = pattern.Match(name);
        return match.Success && CapturedOrAbsent(match.Groups[SymbolGroup], symbol) && CapturedOrAbsent(match.Groups[IntervalGroup], interval)
            ? match
            : null;
    }

    private static bool CapturedOrAbsent(Group group, string? value) =>
        value is null || !group.Success || group.ValueSpan.SequenceEqual(value);

    private static string? TokenAt(string segment, int position, out string token)
    {
        foreach (var (text, group) in Tokens)
        {
            if (string.CompareOrdinal(segment, position, text, 0, text.Length) == 0)
            {
                token = text;
                return group;
            }
        }

        token = string.Empty;
        return null;
    }

    private static bool TryBind(Match match, LayoutMatch bound, out LayoutMatch next)
    {
        next = bound;
        if (bound.Symbol is null && match.Groups[SymbolGroup] is { Success: true } symbolGroup)
        {
            var symbolText = symbolGroup.Value;
            if (!SymbolName.TryNormalize(symbolText, out var symbol, out _) || symbol != symbolText)
            {
                return false;
            }

            next = next with { Symbol = symbol };
        }

        if (bound.Interval is null && match.Groups[IntervalGroup] is { Success: true } intervalGroup)
        {
            var intervalText = intervalGroup.Value;
            if (!Interval.TryParse(intervalText, out var interval) || interval.ToString() != intervalText)
            {
                return false;
            }

            next = next with { Interval = intervalText };
        }

        if (match.Groups[YearGroup] is { Success: true } yearGroup)
        {
            next = next with { Year = int.Parse(yearGroup.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) };
        }

        return true;
    }

    private static string Fill(string segment, string symbol, string interval, string year) => segment
        .Replace(SymbolToken, symbol, StringComparison.Ordinal)
        .Replace(IntervalToken, interval, StringComparison.Ordinal)
        .Replace(YearToken, year, StringComparison.Ordinal);

    private static int Count(string text, string token)
    {
        var count = 0;
        for (var at = text.IndexOf(token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(token, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void RequireCanonicalSymbol(string symbol)
    {
        if (!SymbolName.TryNormalize(symbol, out var normalized, out var reason) || normalized != symbol)
        {
            throw new ArgumentException(reason ?? "The symbol must be normalised (upper case).", nameof(symbol));
        }
    }
}
