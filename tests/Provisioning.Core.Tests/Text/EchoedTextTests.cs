using System;
using Provisioning.Text;

namespace Provisioning.Core.Tests.Text;

/// <summary>The one rule for user text shown in a message: escaped onto one line, clipped with its length.</summary>
public sealed class EchoedTextTests
{
    [Fact]
    public void A_line_break_is_shown_as_the_escape_a_person_would_write()
    {
        Assert.Equal("\"5m\\nerror PRV0000: forged\"", EchoedText.Quote("5m\nerror PRV0000: forged"));
    }

    [Fact]
    public void Separators_control_and_format_characters_are_escaped_by_code()
    {
        // NEL, line separator, paragraph separator, right-to-left override, zero-width space, NUL, then the short forms.
        var text = "\u0085\u2028\u2029\u202E\u200B\0\t\r";

        Assert.Equal("\"\\u0085\\u2028\\u2029\\u202E\\u200B\\u0000\\t\\r\"", EchoedText.Quote(text));
        Assert.Equal("\\u0085\\u2028\\u2029\\u202E\\u200B\\u0000\\t\\r", EchoedText.Inline(text));
        Assert.Equal("\\u0085\\u2028\\u2029\\u202E\\u200B\\u0000\\t\\r", EchoedText.OneLine(text));
    }

    [Fact]
    public void Inside_quotes_the_quote_and_the_backslash_are_escaped_and_bare_text_keeps_them()
    {
        Assert.Equal("\"a\\\"b\\\\c\"", EchoedText.Quote("a\"b\\c"));
        Assert.Equal("'a\"b\\'c'", EchoedText.Quote("a\"b'c", '\''));
        Assert.Equal("C:\\data\\\"x\"", EchoedText.Inline("C:\\data\\\"x\""));
    }

    [Fact]
    public void A_long_text_shows_its_first_64_characters_an_ellipsis_and_its_length()
    {
        var text = "5" + new string('x', 10_000);

        var expected = "\"5" + new string('x', 63) + "...\" (10,001 characters)";
        Assert.Equal(expected, EchoedText.Quote(text));
        Assert.Equal("5" + new string('x', 63) + "... (10,001 characters)", EchoedText.Inline(text));
    }

    [Fact]
    public void Text_of_exactly_64_characters_is_shown_whole()
    {
        var text = new string('a', 64);

        Assert.Equal("\"" + text + "\"", EchoedText.Quote(text));
    }

    [Fact]
    public void Clipping_never_cuts_an_escape_in_half()
    {
        // 63 letters fit; the escape "\n" would make 65 shown characters, so it is left out whole.
        var text = new string('a', 63) + "\nb";

        Assert.Equal("\"" + new string('a', 63) + "...\" (65 characters)", EchoedText.Quote(text));
    }

    [Fact]
    public void A_surrogate_pair_is_kept_and_a_lone_half_is_escaped()
    {
        Assert.Equal("\"\U0001F600\"", EchoedText.Quote("\U0001F600"));
        Assert.Equal("\"a\\uD83Db\"", EchoedText.Quote("a\uD83Db"));
        Assert.Equal("\"\\uDE00\"", EchoedText.Quote("\uDE00"));
    }

    [Fact]
    public void One_line_escapes_but_does_not_clip_and_returns_clean_text_as_it_is()
    {
        var clean = new string('a', 500) + " \"quoted\" C:\\path";
        Assert.Same(clean, EchoedText.OneLine(clean));

        var text = new string('a', 500) + "\nerror";
        Assert.Equal(new string('a', 500) + "\\nerror", EchoedText.OneLine(text));
    }

    [Fact]
    public void Null_is_shown_as_none_in_quotes_and_as_nothing_bare()
    {
        Assert.Equal("(none)", EchoedText.Quote(null));
        Assert.Equal(string.Empty, EchoedText.Inline(null));
        Assert.Equal(string.Empty, EchoedText.OneLine(null));
    }
}
