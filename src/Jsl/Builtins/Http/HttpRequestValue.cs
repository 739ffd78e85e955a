using System.Net;
using System.Text;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Http;

/// <summary>
/// What <c>New HTTP Request(...)</c> makes: the request's settings, the cookies its sends have
/// collected, and the outcome of its last <c>Send</c> / <c>Download</c> (what the Get and Has
/// messages read). A reference: every variable holding it sees the same request.
/// </summary>
internal sealed class HttpRequestValue : ObjectValue
{
    /// <summary>What the next send will send.</summary>
    public HttpRequestSettings Settings { get; set; } = new();

    /// <summary>The cookies servers set, kept between sends (<c>Use Cookies</c>).</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>The last send's outcome; null before the first.</summary>
    public HttpOutcome? Last { get; set; }

    /// <summary>Decision: JMP's Type() name for the object is not documented; it is a scriptable object, as a tree node is.</summary>
    public override string TypeName => "Scriptable";

    /// <summary>Decision: prints as <c>HTTP Request( "url" )</c> (<c>HTTP Request()</c> before a URL is set); JMP does not document it.</summary>
    public override string DisplayText
    {
        get
        {
            if (Settings.Url is null) return "HTTP Request()";
            var text = new StringBuilder("HTTP Request( ");
            ValueFormatter.AppendQuoted(text, Settings.Url);
            return text.Append(" )").ToString();
        }
    }
}
