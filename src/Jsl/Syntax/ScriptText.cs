using System.Text;

namespace Jsl.Syntax;

/// <summary>Turns the bytes of a script file into text.</summary>
internal static class ScriptText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Decodes a script file (spec §6a.2): UTF-16 LE or BE when it starts with that byte-order
    /// mark, otherwise UTF-8 with or without a mark. Invalid bytes become U+FFFD; never throws.
    /// </summary>
    public static string DecodeScript(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return Utf8.GetString(bytes, 3, bytes.Length - 3);
        return Utf8.GetString(bytes);
    }
}
