using System.Text;

namespace Jsl.Syntax;

internal sealed partial class Lexer
{
    /// <summary>
    /// A string literal: <c>\!</c> escapes, raw passages <c>\[ ... ]\</c> (no escapes, quotes kept),
    /// and the quoted name form <c>"any text"n</c>.
    /// </summary>
    private void LexString()
    {
        var start = pos;
        pos++;
        var value = new StringBuilder();
        var terminated = false;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '"')
            {
                pos++;
                terminated = true;
                break;
            }
            if (c == '\\' && Peek(1) == '!' && pos + 2 < text.Length)
            {
                AppendEscape(value, text[pos + 2]);
                pos += 3;
            }
            else if (c == '\\' && Peek(1) == '[')
            {
                var end = text.IndexOf("]\\", pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    value.Append(text, pos + 2, text.Length - pos - 2);
                    pos = text.Length;
                    break;
                }
                value.Append(text, pos + 2, end - pos - 2);
                pos = end + 2;
            }
            else
            {
                value.Append(c);
                pos++;
            }
        }
        if (!terminated)
        {
            Error(start, "expected '\"' but found end of file");
        }
        else if (Peek() == 'n' && !IsNameContinue(Peek(1)))
        {
            pos++;
            Add(TokenKind.QuotedName, start, value.ToString());
            return;
        }
        Add(TokenKind.String, start, value.ToString());
    }

    private static void AppendEscape(StringBuilder value, char code)
    {
        switch (code)
        {
            case '"': value.Append('"'); break;
            case 'n': value.Append('\n'); break;
            case 'r': value.Append('\r'); break;
            case 't': value.Append('\t'); break;
            case 'N': value.Append(Environment.NewLine); break;
            case '\\': value.Append('\\'); break;
            case '0': value.Append('\0'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            default:
                // Decision (spec §6a.3): an unknown escape is kept as written, both characters, no error.
                value.Append('\\').Append('!').Append(code);
                break;
        }
    }
}
