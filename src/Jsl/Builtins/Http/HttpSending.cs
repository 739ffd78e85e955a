using System.Text;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Http;

/// <summary>
/// <c>&lt;&lt; Send</c> and <c>&lt;&lt; Download</c>: one exchange on the script's thread, its outcome kept
/// on the request for the Get and Has messages.
/// </summary>
internal static class HttpSending
{
    /// <summary>
    /// Sends the request and keeps its outcome. A cancelled run stops here with "The run was
    /// cancelled". With Verbose on (the default) a failure is written to the log, one line, as the
    /// Index says JMP "automatically outputs status".
    /// </summary>
    public static HttpOutcome Exchange(MessageCall m, HttpRequestValue request)
    {
        var interpreter = m.Send.Interpreter;
        interpreter.Log.Flush();
        var budget = interpreter.State.Budget;
        HttpOutcome outcome;
        try
        {
            outcome = HttpExchange.Send(request.Settings, request.Cookies, budget.Cancellation);
        }
        catch (OperationCanceledException)
        {
            throw StepBudget.Cancelled(m.Send.Call);
        }
        request.Last = outcome;
        if (request.Settings.Verbose && (!outcome.Answered || outcome.Status >= 400)) interpreter.Log.Line(VerboseLine(outcome));
        return outcome;
    }

    /// <summary>Decision: the line names the status, its message, the method and the URL, e.g. <c>HTTP Request: 404 Not Found (GET http://host/x)</c>.</summary>
    private static string VerboseLine(HttpOutcome outcome) =>
        $"HTTP Request: {outcome.Status} {outcome.StatusMessage} ({outcome.Method} {outcome.LastUrl})";

    /// <summary>
    /// <c>Send(&lt;"text" | "blob"&gt;, &lt;"show progress..."&gt;)</c>: the body as a string or a blob, or
    /// Empty when no server answered. Decision: a body is returned whatever the HTTP status (curl
    /// returns a 404's page as it returns a 200's; the Index's examples test Has Client Error after
    /// Send); without "text" or "blob" a textual media type gives a string and anything else a blob.
    /// Progress bars have no window to show in and are ignored.
    /// </summary>
    public static Value Send(MessageCall m)
    {
        var request = (HttpRequestValue)m.Receiver;
        bool? asText = null;
        foreach (var arg in m.EvaluatedArgs(0, 2))
        {
            var word = arg is StringValue s ? s.Value.Trim().ToLowerInvariant() : throw m.Send.Error($"{m.Name} takes \"text\", \"blob\" or \"show progress\", not {HttpArguments.Describe(arg)}");
            if (word == "text") asText = true;
            else if (word == "blob") asText = false;
            else if (!word.StartsWith("show progress", StringComparison.Ordinal)) throw m.Send.Error($"{m.Name} takes \"text\", \"blob\" or \"show progress\", not \"{word}\"");
        }
        var outcome = Exchange(m, request);
        if (outcome.Body is not { } body) return EmptyValue.Instance;
        // A body of N bytes decodes to at most N characters, so one check bounds both forms.
        m.Send.Limits.CheckBlob(body.Length, m.Send.Call);
        var text = asText ?? (outcome.MimeType.Length == 0 ? IsUtf8(body) : MimeTypes.IsText(outcome.MimeType));
        return text ? new StringValue(Decode(body, outcome)) : new BlobValue(body);
    }

    /// <summary>
    /// <c>Download(path, &lt;"replace" | "rename" | "append"&gt;, &lt;"show progress"&gt;)</c>: writes the body
    /// to the file and returns the path written. Decision: without a mode an existing file is
    /// replaced; when no server answered or the status is not 2xx nothing is written and the
    /// answer is Empty (the Index's example tests Is Empty on it).
    /// </summary>
    public static Value Download(MessageCall m)
    {
        var request = (HttpRequestValue)m.Receiver;
        var args = m.EvaluatedArgs(1, 3);
        if (args[0] is not StringValue target) throw m.Send.Error($"Download needs a file path, not {HttpArguments.Describe(args[0])}");
        var mode = "replace";
        foreach (var arg in args.Skip(1))
        {
            var word = arg is StringValue s ? s.Value.Trim().ToLowerInvariant() : throw m.Send.Error($"Download takes \"replace\", \"rename\" or \"append\", not {HttpArguments.Describe(arg)}");
            if (word is "replace" or "rename" or "append") mode = word;
            else if (!word.StartsWith("show progress", StringComparison.Ordinal)) throw m.Send.Error($"Download takes \"replace\", \"rename\" or \"append\", not \"{word}\"");
        }
        var path = Files.PathResolver.Resolve(m.Message, target.Value);
        var outcome = Exchange(m, request);
        if (outcome.Body is not { } body || outcome.Status is < 200 or > 299) return EmptyValue.Instance;
        if (mode == "rename") path = FreeName(path);
        try
        {
            using var file = new FileStream(path, mode == "append" ? FileMode.Append : FileMode.Create, FileAccess.Write);
            file.Write(body);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw m.Send.Error($"Download: cannot write {path}: {e.Message}");
        }
        return new StringValue(path);
    }

    /// <summary>The Index's renaming: <c>file</c>, <c>file(1)</c>, <c>file(2)</c>... before the extension.</summary>
    private static string FreeName(string path)
    {
        if (!File.Exists(path)) return path;
        var folder = Path.GetDirectoryName(path) ?? "";
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var n = 1; ; n++)
        {
            var candidate = Path.Combine(folder, $"{stem}({n}){extension}");
            if (!File.Exists(candidate)) return candidate;
        }
    }

    private static bool IsUtf8(byte[] body)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The body as text in the response's charset (UTF-8 when none is given or it is unknown).</summary>
    private static string Decode(byte[] body, HttpOutcome outcome)
    {
        var charset = outcome.Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value is { } type
            && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(type, out var parsed) ? parsed.CharSet?.Trim('"') : null;
        var encoding = Encoding.UTF8;
        if (charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
            }
        }
        var text = encoding.GetString(body);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
