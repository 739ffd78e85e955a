namespace Jsl.Builtins.Http;

/// <summary>
/// What an HTTP request object will send: everything its arguments and setter messages gave
/// (<c>URL</c>, <c>Method</c>, <c>Headers</c>, <c>Query String</c>, a body, credentials, limits).
/// <c>&lt;&lt; Reset</c> replaces it with a fresh one.
/// </summary>
internal sealed class HttpRequestSettings
{
    /// <summary>The URL as given; null until <c>URL(...)</c>.</summary>
    public string? Url { get; set; }

    /// <summary>The method in upper case. Decision: <c>GET</c> when none is given, as curl (JMP's engine) does.</summary>
    public string Method { get; set; } = "GET";

    /// <summary>Request headers in the order given, as name and value.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>The query string's pairs, appended to the URL when sent.</summary>
    public List<KeyValuePair<string, string>> Query { get; } = [];

    /// <summary>Whether the query string's keys and values are percent-encoded (<c>URI Encode(1)</c>, the default).</summary>
    public bool EncodeQuery { get; set; } = true;

    /// <summary>The body, or null for none.</summary>
    public HttpBody? Body { get; set; }

    /// <summary>The user name for basic authentication.</summary>
    public string? Username { get; set; }

    /// <summary>The password for basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>Cookies sent with the request, as name and value.</summary>
    public List<KeyValuePair<string, string>> Cookies { get; } = [];

    /// <summary>Seconds the whole exchange may take. The Index: "60 seconds by default".</summary>
    public double TimeoutSeconds { get; set; } = 60;

    /// <summary>How many redirects are followed. Decision: 50, curl's cap when a limit is set, as JMP does not document its default.</summary>
    public int MaxRedirects { get; set; } = 50;

    /// <summary>Whether failures are written to the log (<c>Verbose</c>, on by default as the Index says).</summary>
    public bool Verbose { get; set; } = true;

    /// <summary>Whether the server's certificate is checked (<c>Secure</c>, <c>Insecure</c>, <c>Verify SSL</c>).</summary>
    public bool VerifyCertificate { get; set; } = true;

    /// <summary>Whether cookies the server sets are kept for the object's later sends (<c>Use Cookies</c>, default true).</summary>
    public bool UseCookies { get; set; } = true;
}
