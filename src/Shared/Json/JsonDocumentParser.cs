using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Provisioning.Text;

namespace Provisioning.Json;

/// <summary>
/// A small JSON reader that keeps the line and column of every value, for error messages that point into a file.
/// It reads RFC 8259 JSON plus what .NET configuration files allow: <c>//</c> and <c>/* */</c> comments and a
/// trailing comma before <c>]</c> or <c>}</c>. It never throws on bad text: the first syntax error is returned with
/// its place. It depends on nothing but the base library, so analyzers can use it without loading a JSON library the
/// compiler host may already hold in another version.
/// </summary>
internal sealed class JsonDocumentParser
{
    /// <summary>How deeply objects and arrays may nest.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly JsonLineMap _lines;
    private int _position;
    private JsonSyntaxError? _error;

    private JsonDocumentParser(string text)
    {
        _text = text;
        _lines = new JsonLineMap(text);
    }

    /// <summary>Reads <paramref name="text"/>. Never throws.</summary>
    public static JsonParseResult Parse(string? text)
    {
        var parser = new JsonDocumentParser(text ?? string.Empty);
        return parser.ParseDocument();
    }

    private JsonParseResult ParseDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        if (!SkipTrivia())
        {
            return JsonParseResult.Fail(_error!);
        }

        if (_position >= _text.Length)
        {
            return JsonParseResult.Fail(new JsonSyntaxError(
                "The file is empty: write a JSON object, such as { \"symbols\": [\"AAPL\"] }.",
                _lines.Span(_position, 0)));
        }

        var root = ParseValue(0);
        if (root is null)
        {
            return JsonParseResult.Fail(_error!);
        }

        if (!SkipTrivia())
        {
            return JsonParseResult.Fail(_error!);
        }

        if (_position < _text.Length)
        {
            return JsonParseResult.Fail(new JsonSyntaxError(
                "Unexpected " + DescribeAt(_position) + " after the end of the JSON value: a file holds one value; "
                + "remove it, or put both inside one object or array.",
                TokenSpan(_position)));
        }

        return JsonParseResult.Ok(root);
    }

    private JsonNode? ParseValue(int depth)
    {
        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"':
                return ParseString();
            case '\'':
                return Fail(
                    "Strings are written in double quotes: replace the single quotes with \".",
                    TokenSpan(_position));
            default:
                if (c == '-' || IsDigit(c) || c == '+' || c == '.')
                {
                    return ParseNumber();
                }

                return ParseLiteral();
        }
    }

    private JsonNode? ParseObject(int depth)
    {
        var start = _position;
        if (depth > MaxDepth)
        {
            return Fail("Objects and arrays nest more than " + MaxDepth + " levels deep.", _lines.Span(start, 1));
        }

        _position++;
        var properties = new List<JsonProperty>();
        while (true)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("The object opened at " + LineColumn(start) + " is not closed: add '}'.", _lines.Span(_position, 0));
            }

            if (_text[_position] == '}')
            {
                _position++;
                return new JsonObjectNode(_lines.Span(start, _position - start), properties);
            }

            if (_text[_position] != '"')
            {
                var hint = _text[_position] == '\''
                    ? "property names are written in double quotes: replace the single quotes with \"."
                    : "write a property name in double quotes, such as \"symbols\".";
                return Fail("Expected a property name or '}' but found " + DescribeAt(_position) + ": " + hint, TokenSpan(_position));
            }

            var name = ParseString();
            if (name is null)
            {
                return null;
            }

            // System.Text.Json, which reads the file at run time, refuses a comment between a name and its ':'.
            while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }

            if (_position + 1 < _text.Length && _text[_position] == '/' && _text[_position + 1] is '/' or '*')
            {
                return Fail(
                    "A comment cannot stand between the property name " + EchoedText.Quote(name.Value) + " and its ':': move it after the value.",
                    _lines.Span(_position, 2));
            }

            if (_position >= _text.Length || _text[_position] != ':')
            {
                return Fail(
                    "Expected ':' after the property name " + EchoedText.Quote(name.Value) + " but found " + DescribeAt(_position) + ".",
                    TokenSpan(_position));
            }

            _position++;
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("The property " + EchoedText.Quote(name.Value) + " has no value: write one after ':'.", _lines.Span(_position, 0));
            }

            if (_text[_position] == ',' || _text[_position] == '}')
            {
                return Fail(
                    "The property " + EchoedText.Quote(name.Value) + " has no value: write one after ':'.",
                    TokenSpan(_position));
            }

            var value = ParseValue(depth);
            if (value is null)
            {
                return null;
            }

            properties.Add(new JsonProperty(name, value));
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("The object opened at " + LineColumn(start) + " is not closed: add '}'.", _lines.Span(_position, 0));
            }

            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }

            if (_text[_position] != '}')
            {
                var hint = _text[_position] == '"' ? "a ',' is missing between two properties." : "add ',' or '}'.";
                return Fail(
                    "Expected ',' or '}' after the value of " + EchoedText.Quote(name.Value) + " but found " + DescribeAt(_position) + ": " + hint,
                    TokenSpan(_position));
            }
        }
    }

    private JsonNode? ParseArray(int depth)
    {
        var start = _position;
        if (depth > MaxDepth)
        {
            return Fail("Objects and arrays nest more than " + MaxDepth + " levels deep.", _lines.Span(start, 1));
        }

        _position++;
        var items = new List<JsonNode>();
        while (true)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("The array opened at " + LineColumn(start) + " is not closed: add ']'.", _lines.Span(_position, 0));
            }

            if (_text[_position] == ']')
            {
                _position++;
                return new JsonArrayNode(_lines.Span(start, _position - start), items);
            }

            if (_text[_position] == ',')
            {
                return Fail("Expected a value but found ',': remove the extra comma.", TokenSpan(_position));
            }

            var item = ParseValue(depth);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("The array opened at " + LineColumn(start) + " is not closed: add ']'.", _lines.Span(_position, 0));
            }

            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }

            if (_text[_position] != ']')
            {
                var hint = _text[_position] == '"' || _text[_position] == '{' || IsDigit(_text[_position])
                    ? "a ',' is missing between two items."
                    : "add ',' or ']'.";
                return Fail("Expected ',' or ']' but found " + DescribeAt(_position) + ": " + hint, TokenSpan(_position));
            }
        }
    }

    private JsonStringNode? ParseString()
    {
        var start = _position;
        _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return new JsonStringNode(_lines.Span(start, _position - start), value.ToString());
            }

            if (c == '\\')
            {
                if (!ReadEscape(value))
                {
                    return null;
                }

                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (c < ' ')
            {
                Fail("A string may not hold a raw control character: write it as an escape such as \\t.", _lines.Span(_position, 1));
                return null;
            }

            value.Append(c);
            _position++;
        }

        Fail("The string that starts here is not closed: add '\"' before the end of the line.", _lines.Span(start, 1));
        return null;
    }

    private bool ReadEscape(StringBuilder value)
    {
        var start = _position;
        if (_position + 1 >= _text.Length)
        {
            Fail("The string ends inside an escape: add the escaped character and the closing '\"'.", _lines.Span(start, 1));
            return false;
        }

        var e = _text[_position + 1];
        _position += 2;
        switch (e)
        {
            case '"':
                value.Append('"');
                return true;
            case '\\':
                value.Append('\\');
                return true;
            case '/':
                value.Append('/');
                return true;
            case 'b':
                value.Append('\b');
                return true;
            case 'f':
                value.Append('\f');
                return true;
            case 'n':
                value.Append('\n');
                return true;
            case 'r':
                value.Append('\r');
                return true;
            case 't':
                value.Append('\t');
                return true;
            case 'u':
                if (_position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    value.Append((char)code);
                    _position += 4;
                    return true;
                }

                Fail("\\u must be followed by four hexadecimal digits, such as \\u00e9.", _lines.Span(start, 2));
                return false;
            default:
                Fail(
                    "\\" + EchoedText.Inline(e.ToString()) + " is not a JSON escape: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX (write \\\\ for a backslash).",
                    _lines.Span(start, 2));
                return false;
        }
    }

    private JsonNumberNode? ParseNumber()
    {
        var start = _position;
        var end = start;
        while (end < _text.Length && IsNumberChar(_text[end]))
        {
            end++;
        }

        var text = _text.Substring(start, end - start);
        if (!IsJsonNumber(text))
        {
            Fail(
                EchoedText.Quote(text) + " is not a JSON number: write digits with an optional '-', fraction and exponent, such as 20, 2.5 or -1e3 "
                + "(no leading '+', no leading zeros, no bare '.').",
                _lines.Span(start, end - start));
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsInfinity(value))
        {
            Fail(EchoedText.Quote(text) + " is too large for a number.", _lines.Span(start, end - start));
            return null;
        }

        _position = end;
        return new JsonNumberNode(_lines.Span(start, end - start), value, text);
    }

    private JsonNode? ParseLiteral()
    {
        var start = _position;
        var end = start;
        while (end < _text.Length && IsWordChar(_text[end]))
        {
            end++;
        }

        var word = _text.Substring(start, end - start);
        switch (word)
        {
            case "true":
                _position = end;
                return new JsonBooleanNode(_lines.Span(start, end - start), true);
            case "false":
                _position = end;
                return new JsonBooleanNode(_lines.Span(start, end - start), false);
            case "null":
                _position = end;
                return new JsonNullNode(_lines.Span(start, end - start));
        }

        if (word.Length == 0)
        {
            return Fail("Expected a value but found " + DescribeAt(start) + ".", TokenSpan(start));
        }

        var lower = word.ToLowerInvariant();
        var hint = lower == "true" || lower == "false" || lower == "null"
            ? "JSON literals are lower case: write " + lower + "."
            : "write text in double quotes (" + EchoedText.Quote(word) + "), or a number, true, false or null.";
        return Fail("Unexpected " + EchoedText.Quote(word, '\'') + ": " + hint, _lines.Span(start, end - start));
    }

    private bool SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                _position++;
                continue;
            }

            if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                // A line comment ends where System.Text.Json ends it (the configuration JSON provider reads the same file at run
                // time): at "\n", "\r", U+2028 or U+2029. U+0085 breaks the line for line:column but not the comment.
                while (_position < _text.Length && !EndsLineComment(_text[_position]))
                {
                    _position++;
                }

                continue;
            }

            if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var close = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    Fail("The comment that starts here is not closed: add \"*/\".", _lines.Span(_position, 2));
                    return false;
                }

                _position = close + 2;
                continue;
            }

            return true;
        }

        return true;
    }

    private static bool EndsLineComment(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

    private JsonNode? Fail(string message, JsonSpan span)
    {
        _error ??= new JsonSyntaxError(message, span);
        return null;
    }

    private JsonSpan TokenSpan(int start)
    {
        if (start >= _text.Length)
        {
            return _lines.Span(_text.Length, 0);
        }

        var end = start;
        while (end < _text.Length && IsWordChar(_text[end]))
        {
            end++;
        }

        return _lines.Span(start, end == start ? 1 : end - start);
    }

    private string DescribeAt(int position)
    {
        if (position >= _text.Length)
        {
            return "the end of the file";
        }

        var span = TokenSpan(position);
        var token = _text.Substring(span.Start, span.Length);
        return EchoedText.Quote(token, '\'');
    }

    private string LineColumn(int position)
    {
        var span = _lines.Span(position, 0);
        return "line " + span.Line + ", column " + span.Column;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsNumberChar(char c) =>
        IsDigit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';

    private static bool IsWordChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_' || c == '$';

    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !IsDigit(text[i]))
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fractionStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i == fractionStart)
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var exponentStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i == exponentStart)
            {
                return false;
            }
        }

        return i == text.Length;
    }
}
