using System.Globalization;
using System.Text;

namespace Provisioning.Text;

/// <summary>
/// The one rule for showing a user's text inside a message (a parse reason, a config issue, a diagnostic, a log line,
/// CLI output): the text stays on one line and short, so it can neither forge a line of its own
/// ("5m\nerror PRV0000: forged") nor bury the message. Control and format characters and line and paragraph
/// separators (Unicode Cc, Cf, Zl, Zp and lone surrogates, including \n, \r, \t, U+0085, U+2028, U+2029 and
/// bidirectional overrides) are written as escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, otherwise <c>\uXXXX</c>);
/// inside quotes the quote character and the backslash are escaped too, so the shown text reads as the JSON or C#
/// literal the user wrote. At most <see cref="MaxLength"/> characters of the escaped text are shown; a longer text
/// ends in "..." and gives its length: <c>"5xxxx..." (10,001 characters)</c>. Never throws.
/// </summary>
internal static class EchoedText
{
    /// <summary>The most characters of a user's (escaped) text a message shows.</summary>
    public const int MaxLength = 64;

    private const string Ellipsis = "...";

    /// <summary>
    /// The text in double quotes, escaped and clipped: <c>"5m\nerror"</c>; <c>(none)</c> for null.
    /// </summary>
    public static string Quote(string? text) => Quote(text, '"');

    /// <summary>The text in <paramref name="quote"/> characters (such as '), escaped and clipped.</summary>
    public static string Quote(string? text, char quote) => text is null ? "(none)" : Write(text, quote, MaxLength);

    /// <summary>
    /// The text without quotes, escaped and clipped, for a value shown bare (a symbol, an indicator key in a log
    /// line); quotes and backslashes are left as they are.
    /// </summary>
    public static string Inline(string? text) => text is null ? string.Empty : Write(text, null, MaxLength);

    /// <summary>
    /// The text with its control characters escaped but not clipped: for a file path, or a whole message that is
    /// built from texts already shown through this class, as the last step before it is printed or reported.
    /// </summary>
    public static string OneLine(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                return Write(text, null, int.MaxValue);
            }
        }

        return text;
    }

    /// <summary>
    /// The text escaped onto one line and clipped at <paramref name="maxLength"/> escaped characters, ending in
    /// "..." and its length when longer: for a message a library wrote around the user's text (a parse error).
    /// </summary>
    public static string OneLine(string? text, int maxLength) => text is null ? string.Empty : Write(text, null, maxLength);

    private static string Write(string text, char? quote, int limit)
    {
        var shown = new StringBuilder(System.Math.Min(text.Length, limit) + 32);
        if (quote is { } open)
        {
            shown.Append(open);
        }

        var written = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var advance = 1;
            string piece;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                piece = text.Substring(i, 2);
                advance = 2;
            }
            else if (NeedsEscape(text, i))
            {
                piece = Escape(c);
            }
            else if (quote is { } q && (c == q || c == '\\'))
            {
                piece = "\\" + c;
            }
            else
            {
                piece = c.ToString();
            }

            // Clip on whole characters and whole escapes, so the shown part never ends in half of one.
            if (written + piece.Length > limit)
            {
                break;
            }

            shown.Append(piece);
            written += piece.Length;
            i += advance;
        }

        var clipped = i < text.Length;
        if (clipped)
        {
            shown.Append(Ellipsis);
        }

        if (quote is { } close)
        {
            shown.Append(close);
        }

        if (clipped)
        {
            shown.Append(" (").Append(CountText.Of(text.Length, "character", "characters")).Append(')');
        }

        return shown.ToString();
    }

    private static bool NeedsEscape(string text, int index)
    {
        var c = text[index];
        if (char.IsSurrogate(c))
        {
            // A lone half of a surrogate pair prints as garbage; a whole pair is an ordinary character.
            return char.IsHighSurrogate(c)
                ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
                : index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return false;
        }
    }

    private static string Escape(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}
