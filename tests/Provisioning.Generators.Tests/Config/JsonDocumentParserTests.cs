using System;
using System.Linq;
using System.Text;
using Provisioning.Json;

namespace Provisioning.Generators.Tests.Config;

public sealed class JsonDocumentParserTests
{
    [Fact]
    public void Every_node_carries_its_line_column_and_length()
    {
        // Line 1: {
        // Line 2:   "a": [1, "x", true, null],     "a" at col 3 (len 3), [ at col 8 (len 20), 1 at col 9, "x" at col 12, true at col 17, null at col 23
        // Line 3:   "b": { "c": -2.5e1 }           { at col 8, "c" at col 10, -2.5e1 at col 15 (len 6)
        // Line 4: }
        var text = "{\n  \"a\": [1, \"x\", true, null],\n  \"b\": { \"c\": -2.5e1 }\n}";
        var result = JsonDocumentParser.Parse(text);

        Assert.True(result.Success);
        var root = Assert.IsType<JsonObjectNode>(result.Root);
        Assert.Equal(new JsonSpan(0, text.Length, 1, 1), root.Span);

        var a = root.Properties[0];
        Assert.Equal("a", a.Name);
        Assert.Equal((2, 3, 3), (a.NameNode.Span.Line, a.NameNode.Span.Column, a.NameNode.Span.Length));
        var array = Assert.IsType<JsonArrayNode>(a.Value);
        Assert.Equal((2, 8, 20), (array.Span.Line, array.Span.Column, array.Span.Length));
        Assert.Equal(new[] { 9, 12, 17, 23 }, array.Items.Select(i => i.Span.Column).ToArray());
        Assert.Equal(1.0, Assert.IsType<JsonNumberNode>(array.Items[0]).Value);
        Assert.Equal("x", Assert.IsType<JsonStringNode>(array.Items[1]).Value);
        Assert.True(Assert.IsType<JsonBooleanNode>(array.Items[2]).Value);
        Assert.IsType<JsonNullNode>(array.Items[3]);

        var b = Assert.IsType<JsonObjectNode>(root.Find("b")!.Value);
        Assert.Equal((3, 8), (b.Span.Line, b.Span.Column));
        var c = b.Properties.Single();
        Assert.Equal((3, 10), (c.NameNode.Span.Line, c.NameNode.Span.Column));
        var number = Assert.IsType<JsonNumberNode>(c.Value);
        Assert.Equal((3, 15, 6), (number.Span.Line, number.Span.Column, number.Span.Length));
        Assert.Equal(-25.0, number.Value);
        Assert.Equal("-2.5e1", number.Text);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Lines_are_counted_the_same_for_every_line_ending(string newline)
    {
        var text = "{" + newline + "\t\"k\":" + newline + newline + "  7}";
        var value = Assert.IsType<JsonObjectNode>(JsonDocumentParser.Parse(text).Root).Properties[0].Value;

        // Line 4 is "  7}": the 7 is in column 3.
        Assert.Equal((4, 3), (value.Span.Line, value.Span.Column));
    }

    [Fact]
    public void Comments_trailing_commas_and_a_byte_order_mark_are_accepted_as_configuration_files_allow()
    {
        var text = "\uFEFF// session\n{ /* symbols */ \"s\": [\"A\", \"B\",], }";
        var result = JsonDocumentParser.Parse(text);

        Assert.True(result.Success, result.Error?.ToString());
        var items = Assert.IsType<JsonArrayNode>(Assert.IsType<JsonObjectNode>(result.Root).Properties[0].Value).Items;
        Assert.Equal(new[] { "A", "B" }, items.Cast<JsonStringNode>().Select(s => s.Value).ToArray());
    }

    [Fact]
    public void Escapes_are_resolved_and_the_span_covers_the_quotes()
    {
        var node = Assert.IsType<JsonStringNode>(JsonDocumentParser.Parse("\"a\\\"b\\\\c\\u00e9\\n\"").Root);

        Assert.Equal("a\"b\\c\u00e9\n", node.Value);
        Assert.Equal(17, node.Span.Length);
    }

    [Theory]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "a ',' is missing between two properties")]
    [InlineData("{ \"a\": 'x' }", 1, 8, "double quotes")]
    [InlineData("{ 'a': 1 }", 1, 3, "property names are written in double quotes")]
    [InlineData("{ \"a\": True }", 1, 8, "JSON literals are lower case: write true")]
    [InlineData("{ \"a\": 01 }", 1, 8, "is not a JSON number")]
    [InlineData("{ \"a\": +1 }", 1, 8, "is not a JSON number")]
    [InlineData("{ \"a\": .5 }", 1, 8, "is not a JSON number")]
    [InlineData("{ \"a\": 1. }", 1, 8, "is not a JSON number")]
    [InlineData("{ \"a\": \"open\n}", 1, 8, "is not closed")]
    [InlineData("{ \"a\": \"\\x\" }", 1, 9, "is not a JSON escape")]
    [InlineData("{ \"a\": \"\\u12\" }", 1, 9, "four hexadecimal digits")]
    [InlineData("{ \"a\" 1 }", 1, 7, "Expected ':'")]
    [InlineData("{ \"a\": }", 1, 8, "has no value")]
    [InlineData("[1,,2]", 1, 4, "remove the extra comma")]
    [InlineData("[1 2]", 1, 4, "a ',' is missing between two items")]
    [InlineData("{} {}", 1, 4, "after the end of the JSON value")]
    [InlineData("{ /* open", 1, 3, "comment that starts here is not closed")]
    [InlineData("{ \"a\": 1e999 }", 1, 8, "too large")]
    public void Syntax_errors_say_what_is_wrong_and_where(string text, int line, int column, string fragment)
    {
        var result = JsonDocumentParser.Parse(text);

        Assert.False(result.Success);
        Assert.Null(result.Root);
        Assert.Equal((line, column), (result.Error!.Span.Line, result.Error.Span.Column));
        Assert.Contains(fragment, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_object_is_reported_at_the_end_of_the_text_naming_where_it_opened()
    {
        // "{\n  \"a\": [1,\n" ends on line 3, column 1 (after the last newline).
        var result = JsonDocumentParser.Parse("{\n  \"a\": [1,\n");

        Assert.Equal((3, 1, 0), (result.Error!.Span.Line, result.Error.Span.Column, result.Error.Span.Length));
        Assert.Equal("The array opened at line 2, column 8 is not closed: add ']'.", result.Error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData(null)]
    public void Empty_text_is_a_syntax_error_not_an_exception(string? text)
    {
        var result = JsonDocumentParser.Parse(text);

        Assert.False(result.Success);
        Assert.StartsWith("The file is empty", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_rather_than_a_stack_overflow()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var result = JsonDocumentParser.Parse(deep);

        Assert.False(result.Success);
        Assert.Equal(JsonDocumentParser.MaxDepth + 1, result.Error!.Span.Column);
        Assert.True(JsonDocumentParser.Parse(new string('[', 64) + new string(']', 64)).Success);
    }

    [Fact]
    public void Every_prefix_and_random_corruptions_of_a_config_read_without_throwing()
    {
        var config = ConfigSamples.Valid;
        for (var length = 0; length <= config.Length; length++)
        {
            _ = JsonDocumentParser.Parse(config.Substring(0, length));
        }

        var random = new Random(20240607);
        const string alphabet = "{}[]\",:\\/*.-+e0123456789 \n\tabcnrtu'";
        for (var round = 0; round < 2_000; round++)
        {
            var chars = new StringBuilder(config);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var result = JsonDocumentParser.Parse(chars.ToString());
            Assert.True(result.Success ^ result.Error is not null);
        }
    }

    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void U0085_U2028_and_U2029_break_lines_as_the_compiler_counts_them(string lineBreak)
    {
        // The break sits inside a string on line 2, so "b" starts line 4 at column 3 as Roslyn's SourceText counts it.
        var text = "{\n  \"a\": \"x" + lineBreak + "\",\n  \"b\": 1\n}";

        var b = JsonDocumentParser.Parse(text).Root is JsonObjectNode root ? root.Find("b")! : null;

        Assert.Equal((4, 3), (b!.NameNode.Span.Line, b.NameNode.Span.Column));
    }

    [Fact]
    public void A_line_comment_ends_at_U2028_as_System_Text_Json_ends_it()
    {
        // Line 2 is "  // note" up to the U+2028 at column 10; " more" after it is not comment and not JSON.
        var result = JsonDocumentParser.Parse("{\n  // note\u2028 more\n  \"a\": 1\n}");

        Assert.False(result.Success);
        Assert.Equal((2, 10), (result.Error!.Span.Line, result.Error.Span.Column));
    }

    [Fact]
    public void A_comment_between_a_key_and_its_colon_is_refused_as_System_Text_Json_refuses_it()
    {
        // The comment starts at column 7 of line 2: 2 spaces, "a" (3), a space, then "/*".
        var result = JsonDocumentParser.Parse("{\n  \"a\" /* x */ : 1\n}");

        Assert.False(result.Success);
        Assert.Equal((2, 7), (result.Error!.Span.Line, result.Error.Span.Column));
        Assert.Equal("A comment cannot stand between the property name \"a\" and its ':': move it after the value.", result.Error.Message);
    }
}
