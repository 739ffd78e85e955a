namespace Jsl.Builtins.Blobs;

/// <summary>The hexadecimal text <c>Hex To Blob</c> reads.</summary>
internal static class HexBlobText
{
    /// <summary>
    /// Parses pairs of hex digits (either case) into bytes. Spaces, commas, carriage returns and line
    /// feeds may appear anywhere and are skipped (Scripting Index); Decision: so are tabs and other
    /// white space. Returns null and a reason when the text is not hex.
    /// </summary>
    public static byte[]? TryParse(string text, out string? error)
    {
        var bytes = new List<byte>(text.Length / 2);
        var high = -1;
        foreach (var ch in text)
        {
            if (ch == ',' || char.IsWhiteSpace(ch)) continue;
            if (!char.IsAsciiHexDigit(ch))
            {
                error = $"Invalid hex digit \"{ch}\"";
                return null;
            }
            var digit = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
            if (high < 0)
            {
                high = digit;
            }
            else
            {
                bytes.Add((byte)(high * 16 + digit));
                high = -1;
            }
        }
        if (high >= 0)
        {
            error = "Odd number of hex digits";
            return null;
        }
        error = null;
        return [.. bytes];
    }
}
