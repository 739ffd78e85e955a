using System.Text;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// JMP's <c>ascii~hex</c> text form of bytes: printable ASCII passes through, every other byte and
/// the four characters <c>\ ~ " !</c> become <c>~</c> and two upper-case hex digits.
/// </summary>
internal static class AsciiHex
{
    /// <summary>Encodes bytes as ascii~hex text.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b >= 0x20 && b <= 0x7E && b != '\\' && b != '~' && b != '"' && b != '!') sb.Append((char)b);
            else sb.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Decodes ascii~hex text: <c>~hh</c> is the byte hh; a <c>~</c> not followed by two hex digits
    /// stays as it is; other characters are ASCII, and anything beyond ASCII is written as UTF-8.
    /// </summary>
    public static byte[] Decode(string text)
    {
        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '~' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                bytes.Add((byte)(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length
                    ? Encoding.UTF8.GetBytes(text.AsSpan(i, 2), utf8)
                    : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), utf8);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length) i++;
                for (var k = 0; k < length; k++) bytes.Add(utf8[k]);
            }
        }
        return [.. bytes];
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
