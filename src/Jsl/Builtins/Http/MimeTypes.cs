namespace Jsl.Builtins.Http;

/// <summary>
/// The content type a <c>File(...)</c> body or a form's file part is sent with: from the file's
/// extension, else <c>application/octet-stream</c>, as the Index's File entry says.
/// </summary>
internal static class MimeTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".htm"] = "text/html",
        [".html"] = "text/html",
        [".xml"] = "application/xml",
        [".json"] = "application/json",
        [".jsl"] = "text/plain",
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".zip"] = "application/zip",
    };

    /// <summary>The content type for a file at <paramref name="path"/>.</summary>
    public static string ForPath(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");

    /// <summary>
    /// Whether a response of this media type is text, so that <c>Send</c> answers a string.
    /// Decision: text/*, JSON, XML, JavaScript and URL-encoded forms are text; anything else is a blob.
    /// </summary>
    public static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("javascript", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
