using System;
using Provisioning.Symbols;

namespace Provisioning.Core.Tests.Symbols;

public sealed class SymbolNameTests
{
    [Theory]
    [InlineData("AAPL", "AAPL")]
    [InlineData("brk.b", "BRK.B")]
    [InlineData("BF-B", "BF-B")]
    [InlineData("^SPX", "^SPX")]
    [InlineData("A", "A")]
    [InlineData("BRK_B", "BRK_B")]
    [InlineData("msft", "MSFT")]
    [InlineData("7203", "7203")]
    [InlineData("^N225", "^N225")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWX", "ABCDEFGHIJKLMNOPQRSTUVWX")] // 24 characters: the longest accepted
    public void Valid_symbols_are_normalised_to_upper_case(string text, string expected)
    {
        var ok = SymbolName.TryNormalize(text, out var symbol, out var reason);

        Assert.True(ok, reason);
        Assert.Equal(expected, symbol);
        Assert.Null(reason);
        Assert.True(SymbolName.IsValid(text));
    }

    [Theory]
    [InlineData(null, "A symbol is required")]
    [InlineData("", "A symbol is required")]
    [InlineData("   ", "A symbol is required")]
    [InlineData("../x", "has '.' at the start")]
    [InlineData("..", "has '.' at the start")]
    [InlineData("a/b", "may not contain path characters")]
    [InlineData("a\\b", "may not contain path characters")]
    [InlineData("C:AAPL", "may not contain path characters")]
    [InlineData(" AAPL", "white space around it")]
    [InlineData("AAPL ", "white space around it")]
    [InlineData("AAPL\n", "white space around it")]
    [InlineData("A..B", "two punctuation marks in a row (\"..\")")]
    [InlineData("A.-B", "two punctuation marks in a row")]
    [InlineData("AAPL.", "has '.' at the end")]
    [InlineData("-AAPL", "has '-' at the start")]
    [InlineData("^", "needs at least one letter or digit")]
    [InlineData("A^B", "'^' goes only at the start")]
    [InlineData("AA PL", "contains a space")]
    [InlineData("AA\tPL", "contains a tab")]
    [InlineData("AA\nPL", "contains a line break")]
    [InlineData("AA\u0007PL", "contains a control character")]
    [InlineData("$AAPL", "contains '$'")]
    [InlineData("ÄPPL", "contains 'Ä'")]
    [InlineData("AAPL*", "contains '*'")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXY", "is 25 characters long; symbols have at most 24")]
    public void Invalid_symbols_are_refused_with_a_reason(string? text, string reasonPart)
    {
        var ok = SymbolName.TryNormalize(text, out var symbol, out var reason);

        Assert.False(ok);
        Assert.Equal(string.Empty, symbol);
        Assert.NotNull(reason);
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
        Assert.False(SymbolName.IsValid(text));
    }

    [Fact]
    public void A_200_character_text_is_refused_and_not_repeated_whole_in_the_reason()
    {
        var text = new string('A', 200);

        var ok = SymbolName.TryNormalize(text, out _, out var reason);

        Assert.False(ok);
        Assert.Contains("200 characters long", reason!, StringComparison.Ordinal);
        Assert.DoesNotContain(text, reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_is_shown_escaped_in_the_reason()
    {
        SymbolName.TryNormalize("AAPL\n", out _, out var reason);

        // The reason is one line a person can read; the raw line break would split it.
        Assert.DoesNotContain("\n", reason!, StringComparison.Ordinal);
        Assert.Contains("\"AAPL\"", reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caret_inside_a_symbol_is_described_as_misplaced_not_as_at_the_end()
    {
        SymbolName.TryNormalize("A^B", out _, out var reason);

        Assert.DoesNotContain("at the end", reason!, StringComparison.Ordinal);
        Assert.Contains("'^' inside", reason!, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_shown_escaped_in_the_reason()
    {
        SymbolName.TryNormalize("AA\u0007PL", out _, out var reason);

        Assert.Contains("\"AA\\u0007PL\"", reason!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AA\u00A0PL", "\\u00A0")]
    [InlineData("AA\u2003PL", "\\u2003")]
    public void White_space_that_is_not_a_space_is_shown_as_its_escape(string text, string escape)
    {
        SymbolName.TryNormalize(text, out _, out var reason);

        Assert.Contains("white space (" + escape + ")", reason!, StringComparison.Ordinal);
    }
}
