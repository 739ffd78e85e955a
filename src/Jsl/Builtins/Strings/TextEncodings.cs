using System.Text;
using Jsl.Runtime.Formatting;

namespace Jsl.Builtins.Strings;

/// <summary>
/// The text encodings JMP names for <c>Hex</c>, <c>Hex To Char</c> and <c>Char To Hex</c>: utf-8,
/// utf-16le, utf-16be, us-ascii, iso-8859-1, shift_jis, euc-jp and ascii~hex (<c>~hh</c> is a raw byte).
/// </summary>
internal static class TextEncodings
{
    private const string AsciiHexName = "ascii~hex";

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>True when <paramref name="name"/> is an encoding this class knows.</summary>
    public static bool IsKnown(string name) => IsAsciiHex(name) || Find(name) is not null;

    /// <summary>The bytes of <paramref name="text"/> in the named encoding; null when the name is unknown.</summary>
    public static byte[]? Encode(string text, string name)
    {
        if (IsAsciiHex(name)) return AsciiHex.Decode(text);
        return Find(name)?.GetBytes(text);
    }

    /// <summary>The text that <paramref name="bytes"/> stand for in the named encoding; null when the name is unknown.</summary>
    public static string? Decode(byte[] bytes, string name)
    {
        if (IsAsciiHex(name)) return AsciiHex.Encode(bytes);
        return Find(name)?.GetString(bytes);
    }

    private static bool IsAsciiHex(string name) => string.Equals(name.Trim(), AsciiHexName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Decision: names compare ignoring case, and a few common spellings are accepted besides
    /// JMP's (<c>utf8</c>, <c>utf-16</c> = little-endian as on Windows, <c>ascii</c>, <c>latin1</c>).
    /// </summary>
    private static Encoding? Find(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        "utf-16le" or "utf-16" or "utf16le" or "unicode" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        "utf-16be" or "utf16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        "us-ascii" or "ascii" => Encoding.ASCII,
        "iso-8859-1" or "latin1" or "latin-1" => Encoding.Latin1,
        "shift_jis" or "shift-jis" or "sjis" => Encoding.GetEncoding(932),
        "euc-jp" => Encoding.GetEncoding(51932),
        _ => null,
    };
}
