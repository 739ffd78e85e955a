using System.Text;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Http;

/// <summary>
/// What a request answers to <c>request &lt;&lt; Message(...)</c>: the Index's HTTP Request item messages
/// (19.0) that make sense outside JMP, as rows of the message table. Errors point at the <c>&lt;&lt;</c>.
/// </summary>
internal static class HttpRequestMessages
{
    private const string Settings = "Settings";
    private const string Sending = "Sending";
    private const string Response = "Response";
    private const string Utilities = "Utilities";

    /// <summary>Adds the request's messages to the table.</summary>
    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<HttpRequestValue>("HTTP Request");
        RegisterSettings(receiver);
        RegisterSending(receiver);
        RegisterResponse(receiver);
        RegisterUtilities(receiver);
    }

    /// <summary>Decision: a setting sent as a message answers the request, so sends can be chained; JMP does not document the result.</summary>
    private static void RegisterSettings(MessageReceiver receiver)
    {
        foreach (var (name, apply) in HttpSettings.All.Values)
        {
            receiver.Add(Settings, name, m =>
            {
                var send = m.Send;
                apply(Of(m).Settings, new HttpArguments(m.Message, send.Error, name));
                return m.Receiver;
            });
        }
        receiver.Add(Settings, "Reset", static m =>
        {
            // Decision: Reset starts the settings afresh and forgets the last outcome; the cookies
            // the server set are kept, as a session's are.
            var request = Of(m);
            var settings = new HttpRequestSettings();
            var send = m.Send;
            HttpRequestBuiltins.Apply(settings, m.Message, m.Message.Call.Args, send.Error);
            request.Settings = settings;
            request.Last = null;
            return m.Receiver;
        });
    }

    private static void RegisterSending(MessageReceiver receiver) => receiver
        .Add(Sending, "Send", HttpSending.Send)
        .Add(Sending, "Run", HttpSending.Send)
        .Add(Sending, "Download", HttpSending.Download);

    /// <summary>
    /// Decision: before the first send, Get Status is 0, its message "", the Has and Is messages 0,
    /// and Get Response Headers, Get Last URL and Get MIME Type Empty(). Get Method answers the
    /// method set when nothing was sent yet.
    /// </summary>
    private static void RegisterResponse(MessageReceiver receiver) => receiver
        .Add(Response, "Get Status", static m => NumberValue.Of(Last(m)?.Status ?? 0))
        .Add(Response, "Get Status Message", static m => new StringValue(Last(m)?.StatusMessage ?? ""))
        .Add(Response, "Get Status Msg", static m => new StringValue(Last(m)?.StatusMessage ?? ""))
        .Add(Response, "Get Response Headers", static m => Last(m) is { Answered: true } last ? HttpResponseHeaders.Of(last) : EmptyValue.Instance)
        .Add(Response, "Get Warning Headers", static m => Warnings(m) is { Count: > 0 } warnings ? warnings : EmptyValue.Instance)
        .Add(Response, "Has Warning", static m => NumberValue.Of(Warnings(m) is { Count: > 0 }))
        .Add(Response, "Get Last URL", static m => Last(m) is { } last ? new StringValue(last.LastUrl) : EmptyValue.Instance)
        .Add(Response, "Get MIME Type", static m => Last(m) is { Answered: true } last ? new StringValue(last.MimeType) : EmptyValue.Instance)
        .Add(Response, "Get Method", static m => new StringValue(Last(m)?.Method ?? Of(m).Settings.Method))
        .Add(Response, "Get Last Method", static m => new StringValue(Last(m)?.Method ?? Of(m).Settings.Method))
        .Add(Response, "Is Success", static m => StatusIn(m, 200, 299))
        .Add(Response, "Is Successful", static m => StatusIn(m, 200, 299))
        .Add(Response, "Has Information", static m => StatusIn(m, 100, 199))
        .Add(Response, "Has Redirection", static m => StatusIn(m, 300, 399))
        .Add(Response, "Has Client Error", static m => StatusIn(m, 400, 499))
        .Add(Response, "Has Server Error", static m => StatusIn(m, 500, 599))
        .Add(Response, "Has Error", static m => StatusIn(m, 400, 599));

    private static void RegisterUtilities(MessageReceiver receiver) => receiver
        .Add(Utilities, "Is Valid", static m =>
        {
            // Decision: valid means a URL that can be sent: absolute, http or https, with a host.
            m.RequireCount(0, 0);
            var url = Of(m).Settings.Url;
            return NumberValue.Of(url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0);
        })
        .Add(Utilities, "Is Verbose", static m => NumberValue.Of(Of(m).Settings.Verbose))
        .Add(Utilities, "GetVersion", static m => new StringValue($"jsl System.Net.Http {Environment.Version}"))
        .Add(Utilities, "Encode64 Char", static m => new StringValue(Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(m)))))
        .Add(Utilities, "Decode64 Char", static m =>
        {
            var text = Text(m);
            try
            {
                return new StringValue(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
            }
            catch (FormatException)
            {
                throw m.Send.Error($"Decode64 Char: \"{text}\" is not base 64");
            }
        });

    private static HttpRequestValue Of(MessageCall m) => (HttpRequestValue)m.Receiver;

    private static HttpOutcome? Last(MessageCall m)
    {
        m.RequireCount(0, 0);
        return Of(m).Last;
    }

    private static NumberValue StatusIn(MessageCall m, int low, int high) =>
        NumberValue.Of(Last(m) is { Answered: true } last && last.Status >= low && last.Status <= high);

    private static AssociativeArrayValue? Warnings(MessageCall m) => Last(m) is { Answered: true } last ? HttpResponseHeaders.Of(last, "Warning") : null;

    private static string Text(MessageCall m) =>
        m.EvaluatedArgs(1, 1)[0] is StringValue s ? s.Value : throw m.Send.Error($"{m.Name} needs a string");
}
