namespace Jsl.Builtins.Http;

/// <summary>
/// What the last <c>Send</c> or <c>Download</c> of a request came back with: the HTTP status and its
/// reason when a server answered, or a connection status (curl's code and message, as JMP's
/// Get Status documents "the connection status otherwise") when none did.
/// </summary>
internal sealed class HttpOutcome
{
    /// <summary>The HTTP status (200, 404...) or, when <see cref="Answered"/> is false, the connection status.</summary>
    public required int Status { get; init; }

    /// <summary>The reason phrase ("Not Found") or the connection failure's message.</summary>
    public required string StatusMessage { get; init; }

    /// <summary>True when a server answered with an HTTP status.</summary>
    public required bool Answered { get; init; }

    /// <summary>The method that was sent.</summary>
    public required string Method { get; init; }

    /// <summary>The URL last requested (after redirects), or the URL as given when nothing answered.</summary>
    public required string LastUrl { get; init; }

    /// <summary>The response headers in order (content headers included), as name and value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The response's media type without parameters (<c>application/json</c>); empty when none was given.</summary>
    public string MimeType { get; init; } = "";

    /// <summary>The body's bytes; null when nothing answered.</summary>
    public byte[]? Body { get; init; }

    /// <summary>A connection failure (no server answered).</summary>
    public static HttpOutcome Failed(int code, string message, string method, string url) => new()
    {
        Status = code,
        StatusMessage = message,
        Answered = false,
        Method = method,
        LastUrl = url,
    };
}
