using System.Globalization;
using Provisioning.Text;

namespace Provisioning.Symbols;

/// <summary>
/// The symbol grammar shared by the runtime, the data store and the analyzers. A symbol is 1 to
/// <see cref="MaxLength"/> characters: ASCII letters and digits, and '.', '-', '_' or '^' between them
/// ("AAPL", "BRK.B", "BF-B", "^SPX"), with at least one letter or digit. Anything else, path separators and
/// ".." above all, is refused, so a symbol can safely name a file or folder once it passes.
/// </summary>
internal static class SymbolName
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
            reason = Show(text) + " is " + text.Length.ToString(CultureInfo.InvariantCulture)
                + " characters long; symbols have at most " + MaxLength.ToString(CultureInfo.InvariantCulture) + ".";
            return false;
        }

        if (text.Trim().Length != text.Length)
        {
            reason = Show(text) + " has white space around it; write the symbol alone, such as "
                + Show(text.Trim()) + ".";
            return false;
        }

        var hasLetterOrDigit = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsAsciiLetterOrDigit(c))
            {
                hasLetterOrDigit = true;
                continue;
            }

            if (c == '/' || c == '\\' || c == ':')
            {
                reason = Show(text) + " contains '" + c + "': a symbol may not contain path characters.";
                return false;
            }

            if (IsPunctuation(c))
            {
                if (c == '^' && i != 0)
                {
                    reason = Show(text) + " has '^' inside; '^' goes only at the start of an index symbol (\"^SPX\").";
                    return false;
                }

                if (c != '^' && (i == 0 || i == text.Length - 1))
                {
                    reason = Show(text) + " has '" + c + "' at " + (i == 0 ? "the start" : "the end")
                        + "; '.', '-' and '_' go between letters or digits, '^' only at the start (\"^SPX\").";
                    return false;
                }

                if (i > 0 && IsPunctuation(text[i - 1]))
                {
                    reason = Show(text) + " has two punctuation marks in a row (\"" + text.Substring(i - 1, 2)
                        + "\"); a symbol such as \"BRK.B\" has one between letters.";
                    return false;
                }

                continue;
            }

            reason = Show(text) + " contains " + Describe(c)
                + ": a symbol has only letters, digits and '.', '-', '_' or a leading '^'.";
            return false;
        }

        if (!hasLetterOrDigit)
        {
            reason = Show(text) + " has no letters or digits; a symbol needs at least one letter or digit, such as \"^SPX\".";
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

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\r' or '\n' => "a line break",
        _ when char.IsControl(c) => "a control character (" + Escaped(c) + ")",
        _ when char.IsWhiteSpace(c) => "white space (" + Escaped(c) + ")",
        _ => EchoedText.Quote(c.ToString(), '\''),
    };

    // Always the escape, even for white space EchoedText leaves as it is (U+00A0): a space that is not one is
    // invisible, and the user needs to see which character it is.
    private static string Escaped(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    // The text quoted on one line and short, by the rule every echoed text follows.
    private static string Show(string text) => EchoedText.Quote(text);
}
