using System;
using System.Collections.Generic;

namespace Provisioning.Data.Store;

/// <summary>
/// One directory or file name pattern of a path template (<c>symbol={symbol}</c>, <c>{year}.parquet</c>), parsed once
/// per layout and matched without a regular expression. It matches exactly the names, and captures exactly the parts,
/// that the regular expression <c>^…$</c> made of the segment would: <c>{symbol}</c> as <c>[A-Za-z0-9._^-]+</c>,
/// <c>{interval}</c> as <c>[0-9]+[a-z]+</c>, <c>{year}</c> as <c>[0-9]{4}</c>, the rest literally (ordinal), each
/// placeholder greedy with backtracking, and <c>$</c> also before a final line feed. A placeholder bound to a value
/// matches that value literally and captures nothing.
/// </summary>
internal sealed class SegmentMatcher
{
    private const string SymbolToken = "{symbol}";
    private const string IntervalToken = "{interval}";
    private const string YearToken = "{year}";

    private readonly Part[] _parts;

    private SegmentMatcher(Part[] parts) => _parts = parts;

    private enum PartKind
    {
        Literal,
        Symbol,
        Interval,
        Year,
    }

    /// <summary>Parses a template segment.</summary>
    public static SegmentMatcher Parse(string segment)
    {
        var parts = new List<Part>();
        var literalStart = 0;
        var position = 0;
        while (position < segment.Length)
        {
            var kind = TokenAt(segment, position, out var length);
            if (kind == PartKind.Literal)
            {
                position++;
                continue;
            }

            if (position > literalStart)
            {
                parts.Add(new Part(PartKind.Literal, segment[literalStart..position]));
            }

            parts.Add(new Part(kind, null));
            position += length;
            literalStart = position;
        }

        if (position > literalStart)
        {
            parts.Add(new Part(PartKind.Literal, segment[literalStart..position]));
        }

        return new SegmentMatcher([.. parts]);
    }

    /// <summary>
    /// Matches <paramref name="name"/>, with <c>{symbol}</c> and <c>{interval}</c> bound to <paramref name="symbol"/> and
    /// <paramref name="interval"/> when those are given; the captures of the placeholders not bound (null when not in
    /// the segment or bound).
    /// </summary>
    public bool TryMatch(string name, string? symbol, string? interval, out SegmentCaptures captures)
    {
        var found = new Captures();
        if (Match(name, 0, 0, symbol, interval, ref found))
        {
            captures = new SegmentCaptures(
                found.SymbolLength > 0 ? name.Substring(found.SymbolStart, found.SymbolLength) : null,
                found.IntervalLength > 0 ? name.Substring(found.IntervalStart, found.IntervalLength) : null,
                found.YearLength > 0 ? name.Substring(found.YearStart, found.YearLength) : null);
            return true;
        }

        captures = default;
        return false;
    }

    private bool Match(string name, int part, int position, string? symbol, string? interval, ref Captures found)
    {
        if (part == _parts.Length)
        {
            return position == name.Length || (position == name.Length - 1 && name[position] == '\n');
        }

        var current = _parts[part];
        switch (current.Kind)
        {
            case PartKind.Literal:
                return StartsWithAt(name, position, current.Text!) && Match(name, part + 1, position + current.Text!.Length, symbol, interval, ref found);
            case PartKind.Symbol when symbol is not null:
                return StartsWithAt(name, position, symbol) && Match(name, part + 1, position + symbol.Length, symbol, interval, ref found);
            case PartKind.Interval when interval is not null:
                return StartsWithAt(name, position, interval) && Match(name, part + 1, position + interval.Length, symbol, interval, ref found);
            case PartKind.Symbol:
            {
                var longest = Run(name, position, IsSymbolChar);
                for (var length = longest; length >= 1; length--)
                {
                    if (Match(name, part + 1, position + length, symbol, interval, ref found))
                    {
                        found.SymbolStart = position;
                        found.SymbolLength = length;
                        return true;
                    }
                }

                return false;
            }

            case PartKind.Interval:
            {
                var digits = Run(name, position, IsDigit);
                var letters = digits == 0 ? 0 : Run(name, position + digits, IsLowerLetter);
                for (var length = digits + letters; length > digits; length--)
                {
                    if (Match(name, part + 1, position + length, symbol, interval, ref found))
                    {
                        found.IntervalStart = position;
                        found.IntervalLength = length;
                        return true;
                    }
                }

                return false;
            }

            default:
                if (Run(name, position, IsDigit) >= 4 && Match(name, part + 1, position + 4, symbol, interval, ref found))
                {
                    found.YearStart = position;
                    found.YearLength = 4;
                    return true;
                }

                return false;
        }
    }

    private static PartKind TokenAt(string segment, int position, out int length)
    {
        if (string.CompareOrdinal(segment, position, SymbolToken, 0, SymbolToken.Length) == 0)
        {
            length = SymbolToken.Length;
            return PartKind.Symbol;
        }

        if (string.CompareOrdinal(segment, position, IntervalToken, 0, IntervalToken.Length) == 0)
        {
            length = IntervalToken.Length;
            return PartKind.Interval;
        }

        if (string.CompareOrdinal(segment, position, YearToken, 0, YearToken.Length) == 0)
        {
            length = YearToken.Length;
            return PartKind.Year;
        }

        length = 1;
        return PartKind.Literal;
    }

    private static bool StartsWithAt(string name, int position, string text) =>
        name.Length - position >= text.Length && string.CompareOrdinal(name, position, text, 0, text.Length) == 0;

    private static int Run(string name, int position, Func<char, bool> accepts)
    {
        var end = position;
        while (end < name.Length && accepts(name[end]))
        {
            end++;
        }

        return end - position;
    }

    private static bool IsSymbolChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '^' or '-';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLowerLetter(char c) => c is >= 'a' and <= 'z';

    private readonly record struct Part(PartKind Kind, string? Text);

    private struct Captures
    {
        public int SymbolStart;
        public int SymbolLength;
        public int IntervalStart;
        public int IntervalLength;
        public int YearStart;
        public int YearLength;
    }
}
