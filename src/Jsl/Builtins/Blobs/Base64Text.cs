namespace Jsl.Builtins.Blobs;

/// <summary>Base64 text to bytes, shared by <c>Decode64 Blob</c> and the "base64" blob encoding.</summary>
internal static class Base64Text
{
    /// <summary>
    /// Decodes base64 text. Decision: whitespace anywhere (line-wrapped MIME text) is ignored and
    /// missing trailing "=" padding is supplied; any other character outside the base64 alphabet is
    /// an error.
    /// </summary>
    /// <exception cref="BlobEncodingException">The text is not base64.</exception>
    public static byte[] Decode(string text)
    {
        var compact = new System.Text.StringBuilder(text.Length + 2);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch)) compact.Append(ch);
        }
        if (compact.Length % 4 == 1) throw Invalid();
        while (compact.Length % 4 != 0) compact.Append('=');
        var buffer = new byte[compact.Length / 4 * 3];
        return Convert.TryFromBase64String(compact.ToString(), buffer, out var written) ? buffer[..written] : throw Invalid();
    }

    private static BlobEncodingException Invalid() => new("Invalid base64 text");
}
