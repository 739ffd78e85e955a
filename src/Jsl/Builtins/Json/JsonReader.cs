using System.Globalization;
using System.Text;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Json;

/// <summary>
/// A hand-written reader of JSON text (RFC 8259) into JSL values: objects become associative
/// arrays (string keys), arrays become lists, numbers numbers, strings strings, and
/// <c>true</c>/<c>false</c>/<c>null</c> the <see cref="JsonLiteralValue"/> singletons.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 512;
    private readonly string _text;
    private readonly long _maxItems;
    private readonly Action<long> _tooMany;
    private int _pos;
    private int _depth;

    private JsonReader(string text, long maxItems, Action<long> tooMany)
    {
        _text = text;
        _maxItems = maxItems;
        _tooMany = tooMany;
    }

    /// <summary>Reads one JSON value filling the whole text (surrounding whitespace allowed).</summary>
    /// <exception cref="JsonFormatException">The text is not valid JSON.</exception>
    public static Value Read(string text) => Read(text, long.MaxValue, static _ => { });

    /// <summary>
    /// As <see cref="Read(string)"/>, calling <paramref name="tooMany"/> (which throws) when an
    /// array or object reaches more than <paramref name="maxItems"/> members: a 256 M-character
    /// text of <c>1,</c> is 128 M numbers, gigabytes of values, refused before they are made.
    /// Decision: an object's members count against the list limit too (an associative array has
    /// no limit of its own, and JSON To List makes a list of them).
    /// </summary>
    public static Value Read(string text, long maxItems, Action<long> tooMany)
    {
        var reader = new JsonReader(text, maxItems, tooMany);
        // A byte-order mark at the start of a file's text is not part of the JSON.
        if (text.Length > 0 && text[0] == '\uFEFF') reader._pos = 1;
        reader.SkipWhitespace();
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._pos < text.Length) throw reader.Fail("unexpected text after the JSON value");
        return value;
    }

    private Value ReadValue()
    {
        if (_pos >= _text.Length) throw Fail("unexpected end of text");
        var c = _text[_pos];
        return c switch
        {
            '{' => ReadObject(),
            '[' => ReadArray(),
            '"' => new StringValue(ReadString()),
            't' => ReadKeyword("true", JsonLiteralValue.True),
            'f' => ReadKeyword("false", JsonLiteralValue.False),
            'n' => ReadKeyword("null", JsonLiteralValue.Null),
            '-' or (>= '0' and <= '9') => ReadNumber(),
            _ => throw Fail($"unexpected character '{c}'"),
        };
    }

    private AssociativeArrayValue ReadObject()
    {
        Enter();
        _pos++;
        var result = new AssociativeArrayValue();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            _depth--;
            return result;
        }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') throw Fail("expected a string key");
            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            // Decision: a repeated key keeps its last value, as most JSON readers do.
            result.Entries[new StringValue(key)] = ReadValue();
            CountMember(result.Entries.Count);
            SkipWhitespace();
            if (Peek() == ',')
            {
                _pos++;
                continue;
            }
            Expect('}');
            _depth--;
            return result;
        }
    }

    private ListValue ReadArray()
    {
        Enter();
        _pos++;
        var items = new List<Value>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            _depth--;
            return new ListValue(items);
        }
        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue());
            CountMember(items.Count);
            SkipWhitespace();
            if (Peek() == ',')
            {
                _pos++;
                continue;
            }
            Expect(']');
            _depth--;
            return new ListValue(items);
        }
    }

    private void CountMember(long count)
    {
        if (count > _maxItems) _tooMany(count);
    }

    private string ReadString()
    {
        _pos++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Fail("unterminated string");
            var c = _text[_pos++];
            if (c == '"') return sb.ToString();
            if (c < ' ') throw Fail("control character in a string", _pos - 1);
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            if (_pos >= _text.Length) throw Fail("unterminated string");
            var e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u': sb.Append(ReadHex4()); break;
                default: throw Fail($"invalid escape '\\{e}'", _pos - 2);
            }
        }
    }

    // \uXXXX gives one UTF-16 unit; a surrogate pair is two escapes in a row and lands in the
    // string as the two units it is made of, which is the character.
    private char ReadHex4()
    {
        if (_pos + 4 > _text.Length || !ushort.TryParse(_text.AsSpan(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Fail("invalid \\u escape", _pos - 2);
        }
        _pos += 4;
        return (char)code;
    }

    private NumberValue ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-') _pos++;
        if (Peek() == '0') _pos++;
        else if (!Digits()) throw Fail("invalid number", start);
        if (Peek() == '.')
        {
            _pos++;
            if (!Digits()) throw Fail("invalid number", start);
        }
        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (!Digits()) throw Fail("invalid number", start);
        }
        return NumberValue.Of(double.Parse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private bool Digits()
    {
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        return _pos > start;
    }

    private JsonLiteralValue ReadKeyword(string word, JsonLiteralValue value)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw Fail($"unexpected character '{_text[_pos]}'");
        _pos += word.Length;
        return value;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth) throw Fail("nested too deeply");
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c) throw _pos >= _text.Length ? Fail("unexpected end of text") : Fail($"expected '{c}' but found '{_text[_pos]}'");
        _pos++;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r') _pos++;
    }

    private JsonFormatException Fail(string message, int? at = null) => new(message, at ?? _pos);
}
