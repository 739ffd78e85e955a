using System.Text;

namespace Jsl.Builtins.Files;

/// <summary>Decodes a text file's bytes for <c>Load Text File</c>, by a named charset or by guessing.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/>; null when <paramref name="charset"/> is not a known name.
    /// Decision: "best guess" (the default) honours a byte-order mark (UTF-8, UTF-16 LE/BE), then
    /// takes UTF-8 when the bytes are valid UTF-8, else ISO-8859-1; "windows-1252" is read as
    /// ISO-8859-1 (the code-page tables are not part of the runtime).
    /// </summary>
    public static string? Decode(byte[] bytes, string charset)
    {
        var name = charset.Trim().ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal);
        return name switch
        {
            "best guess" or "bestguess" or "" => BestGuess(bytes),
            "utf-8" or "utf8" => StripBom(Encoding.UTF8.GetString(bytes)),
            "utf-16" or "utf-16le" or "unicode" => StripBom(Encoding.Unicode.GetString(bytes)),
            "utf-16be" => StripBom(Encoding.BigEndianUnicode.GetString(bytes)),
            "us-ascii" or "ascii" => Encoding.ASCII.GetString(bytes),
            "iso-8859-1" or "latin1" or "latin-1" or "windows-1252" or "cp1252" => Encoding.Latin1.GetString(bytes),
            _ => null,
        };
    }

    private static string BestGuess(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
