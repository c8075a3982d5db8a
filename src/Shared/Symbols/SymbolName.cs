namespace Provisioning.Symbols;

/// <summary>
/// The symbol grammar shared by the runtime, the data store and the analyzers. A symbol is 1 to
/// <see cref="MaxLength"/> characters: ASCII letters and digits, and '.', '-', '_' or '^' between them
/// ("AAPL", "BRK.B", "BF-B", "^SPX"). Anything else, path separators and ".." above all, is refused,
/// so a symbol can safely name a file or folder once it passes.
/// </summary>
public static class SymbolName
{
    /// <summary>The longest symbol accepted.</summary>
    public const int MaxLength = 24;

    /// <summary>
    /// Checks <paramref name="text"/> against the grammar; on success gives the normalised (upper-case) symbol,
    /// otherwise a reason a person can act on. Never throws.
    /// </summary>
    public static bool TryNormalize(string? text, out string symbol, out string? reason)
    {
        symbol = string.Empty;
        if (text is null || text.Length == 0 || text.Trim().Length == 0)
        {
            reason = "A symbol is required, such as \"AAPL\".";
            return false;
        }

        if (text.Length > MaxLength)
        {
            reason = "\"" + Shorten(text) + "\" is " + text.Length + " characters long; symbols have at most "
                + MaxLength + ".";
            return false;
        }

        if (text.Trim().Length != text.Length)
        {
            reason = "\"" + text + "\" has spaces around it; write the symbol alone, such as \"" + text.Trim() + "\".";
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            if (c == '/' || c == '\\' || c == ':')
            {
                reason = "\"" + text + "\" contains '" + c + "': a symbol may not contain path characters.";
                return false;
            }

            if (IsPunctuation(c))
            {
                if (c == '^' ? i != 0 : i == 0 || i == text.Length - 1)
                {
                    reason = "\"" + text + "\" has '" + c + "' at " + (i == 0 ? "the start" : "the end")
                        + "; '.', '-' and '_' go between letters or digits, '^' only at the start (\"^SPX\").";
                    return false;
                }

                if (i > 0 && IsPunctuation(text[i - 1]))
                {
                    reason = "\"" + text + "\" has two punctuation marks in a row (\"" + text.Substring(i - 1, 2)
                        + "\"); a symbol such as \"BRK.B\" has one between letters.";
                    return false;
                }

                continue;
            }

            reason = "\"" + text + "\" contains " + Describe(c)
                + ": a symbol has only letters, digits and '.', '-', '_' or a leading '^'.";
            return false;
        }

        symbol = text.ToUpperInvariant();
        reason = null;
        return true;
    }

    /// <summary>True when <paramref name="text"/> is a valid symbol.</summary>
    public static bool IsValid(string? text) => TryNormalize(text, out _, out _);

    private static bool IsAsciiLetterOrDigit(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    private static bool IsPunctuation(char c) => c == '.' || c == '-' || c == '_' || c == '^';

    private static string Describe(char c) =>
        char.IsWhiteSpace(c) ? "a space" : char.IsControl(c) ? "a control character" : "'" + c + "'";

    private static string Shorten(string text) => text.Substring(0, 12) + "...";
}
