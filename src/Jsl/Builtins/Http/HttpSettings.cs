using System.Text;
using Jsl.Builtins.Json;
using Jsl.Builtins.Files;
using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Builtins.Http;

/// <summary>
/// Every setting a request takes, by name: written as arguments of <c>New HTTP Request(...)</c> and
/// <c>&lt;&lt; Reset(...)</c>, or sent as messages. One table, so the two forms can never drift apart.
/// The Index's curl-only settings (proxies, .netrc, .curlrc, certificates files) are not here.
/// </summary>
internal static class HttpSettings
{
    /// <summary>Settings by interned name, with the name as the Index spells it.</summary>
    public static IReadOnlyDictionary<Symbol, (string Name, HttpSetting Apply)> All { get; } = Build();

    private static Dictionary<Symbol, (string, HttpSetting)> Build()
    {
        var all = new Dictionary<Symbol, (string, HttpSetting)>(ReferenceEqualityComparer.Instance);
        void Add(string name, HttpSetting apply) => all[Symbol.Intern(name)] = (name, apply);
        Add("URL", static (s, a) => { a.Require(1, 1); s.Url = a.Text(0).Trim(); });
        Add("Method", static (s, a) => { a.Require(1, 1); s.Method = Method(a); });
        Add("Headers", static (s, a) => Headers(s, a));
        Add("Query String", static (s, a) => QueryString(s, a));
        Add("Form", static (s, a) => s.Body = Form(a));
        Add("JSON", static (s, a) => s.Body = Json(a));
        Add("Text", static (s, a) => s.Body = TextBody(a, "text/plain"));
        Add("XML", static (s, a) => s.Body = TextBody(a, "application/xml"));
        Add("Blob", static (s, a) => s.Body = Blob(a));
        Add("File", static (s, a) => s.Body = FileBody(a));
        Add("Username", static (s, a) => { a.Require(1, 1); s.Username = a.Text(0); });
        Add("Password", static (s, a) => { a.Require(1, 1); s.Password = a.Text(0); });
        Add("UserPwd", static (s, a) => UserPwd(s, a));
        Add("Cookie", static (s, a) => { a.Require(1, 1); s.Cookies.Clear(); s.Cookies.AddRange(a.Pairs(a.Value(0))); });
        Add("Timeout", static (s, a) => { a.Require(1, 1); s.TimeoutSeconds = Positive(a); });
        Add("Max Redirect", static (s, a) => { a.Require(1, 1); s.MaxRedirects = (int)Math.Max(0, Math.Min(a.Number(0), 1000)); });
        Add("Verbose", static (s, a) => { a.Require(0, 1); s.Verbose = a.Count == 0 || a.Switch(0); });
        Add("Secure", static (s, a) => { a.Require(0, 1); s.VerifyCertificate = a.Count == 0 || a.Switch(0); });
        Add("Verify SSL", static (s, a) => { a.Require(0, 1); s.VerifyCertificate = a.Count == 0 || a.Switch(0); });
        Add("Insecure", static (s, a) => { a.Require(0, 1); s.VerifyCertificate = a.Count != 0 && !a.Switch(0); });
        Add("Use Cookies", static (s, a) => { a.Require(0, 1); s.UseCookies = a.Count == 0 || a.Switch(0); });
        Add("Authentication Method", static (s, a) => AuthenticationMethod(a));
        return all;
    }

    /// <summary>Decision: any HTTP token is a method (upper-cased), beyond the Index's Get, Post, Put, Patch, Delete and Head.</summary>
    private static string Method(HttpArguments a)
    {
        var written = a.Text(0);
        var method = written.Trim().ToUpperInvariant();
        return method.Length > 0 && method.All(static ch => ch is >= 'A' and <= 'Z' or '-' or '_')
            ? method
            : throw a.Error($"\"{written}\" is not an HTTP method (Get, Post, Put, Patch, Delete, Head)");
    }

    /// <summary><c>Headers({"Accept: application/json", ...})</c>, several such lists, or an associative array of names to values.</summary>
    private static void Headers(HttpRequestSettings s, HttpArguments a)
    {
        a.Require(1, int.MaxValue);
        s.Headers.Clear();
        for (var i = 0; i < a.Count; i++)
        {
            switch (a.Value(i))
            {
                case AssociativeArrayValue array:
                    s.Headers.AddRange(a.Pairs(array));
                    break;
                case ListValue list:
                    foreach (var item in list.Items) s.Headers.Add(HeaderLine(a, item));
                    break;
                case var one:
                    s.Headers.Add(HeaderLine(a, one));
                    break;
            }
        }
    }

    private static KeyValuePair<string, string> HeaderLine(HttpArguments a, Value item)
    {
        var line = item is StringValue text ? text.Value : throw a.Error($"a header must be a string \"Name: value\", not {HttpArguments.Describe(item)}");
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            ? new(line[..colon].Trim(), line[(colon + 1)..].Trim())
            : throw a.Error($"\"{line}\" is not a header (\"Name: value\")");
    }

    /// <summary><c>Query String([[key => value]], &lt;URI Encode(1|0)&gt;)</c>.</summary>
    private static void QueryString(HttpRequestSettings s, HttpArguments a)
    {
        a.Require(1, 2);
        s.Query.Clear();
        s.Query.AddRange(a.Pairs(a.Value(0)));
        s.EncodeQuery = a.Count < 2 || UriEncode(a, 1);
    }

    /// <summary>The <c>URI Encode(1 | 0)</c> option at <paramref name="index"/>. Decision: <c>Safe(...)</c> counts as encoding.</summary>
    private static bool UriEncode(HttpArguments a, int index)
    {
        var option = a.Nested(index);
        if (option is null || !ReferenceEquals(option.Head, Symbol.Intern("URI Encode"))) throw a.Error("the second argument must be URI Encode( 1 | 0 )");
        var inner = a.Inner(option);
        inner.Require(1, 1);
        return inner.Nested(0) is { } safe && ReferenceEquals(safe.Head, Symbol.Intern("Safe")) || inner.Switch(0);
    }

    /// <summary>
    /// <c>Form(Fields([[...]], &lt;URI Encode(...)&gt;), Files({"group", {path, ...}, ...}))</c>.
    /// Decision: <c>Form([[...]])</c>, an associative array alone, is taken as its fields.
    /// </summary>
    private static HttpBody Form(HttpArguments a)
    {
        a.Require(1, 2);
        var fields = new List<KeyValuePair<string, string>>();
        var files = new List<KeyValuePair<string, string>>();
        var encode = true;
        for (var i = 0; i < a.Count; i++)
        {
            var nested = a.Nested(i);
            if (nested is not null && ReferenceEquals(nested.Head, Symbol.Intern("Fields")))
            {
                var inner = a.Inner(nested);
                inner.Require(1, 2);
                fields.AddRange(inner.Pairs(inner.Value(0)));
                if (inner.Count == 2) encode = UriEncode(inner, 1);
            }
            else if (nested is not null && ReferenceEquals(nested.Head, Symbol.Intern("Files")))
            {
                var inner = a.Inner(nested);
                inner.Require(1, 1);
                files.AddRange(Files(inner, inner.Value(0)));
            }
            else
            {
                fields.AddRange(a.Pairs(a.Value(i)));
            }
        }
        return new HttpBody.Form(fields, files, encode);
    }

    /// <summary><c>{"group 1", {path1, path2}, "group 2", {path3}}</c>: every path paired with its group.</summary>
    private static List<KeyValuePair<string, string>> Files(HttpArguments a, Value value)
    {
        var items = value is ListValue list && list.Items.Count % 2 == 0 ? list.Items : throw a.Error("needs a list {\"group\", {path, ...}, ...}");
        var files = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < items.Count; i += 2)
        {
            if (items[i] is not StringValue group || items[i + 1] is not ListValue paths) throw a.Error("needs a list {\"group\", {path, ...}, ...}");
            foreach (var path in paths.Items)
            {
                var text = path is StringValue p ? p.Value : throw a.Error($"a file path must be a string, not {HttpArguments.Describe(path)}");
                files.Add(new(group.Value, PathResolver.Resolve(a.Call, text)));
            }
        }
        return files;
    }

    /// <summary><c>JSON(text)</c>; Decision: a list or associative array is written as JSON, as <c>As JSON Expr</c> would.</summary>
    private static HttpBody Json(HttpArguments a)
    {
        a.Require(1, 1);
        var value = a.Value(0);
        var text = value is StringValue s ? s.Value : JsonWriter.Write(value, out var error) ?? throw a.Error(error);
        return new HttpBody.Bytes(Encoding.UTF8.GetBytes(text), "application/json");
    }

    private static HttpBody TextBody(HttpArguments a, string contentType)
    {
        a.Require(1, 2);
        return new HttpBody.Bytes(Encoding.UTF8.GetBytes(a.Text(0)), a.Count == 2 ? ContentType(a, 1) : contentType);
    }

    /// <summary><c>Blob(blob, &lt;content-type&gt;)</c>; a string is sent as its UTF-8 bytes (the Index passes Load Text File's text).</summary>
    private static HttpBody Blob(HttpArguments a)
    {
        a.Require(1, 2);
        var bytes = a.Value(0) switch
        {
            BlobValue blob => blob.Bytes,
            StringValue text => Encoding.UTF8.GetBytes(text.Value),
            var other => throw a.Error($"needs a blob, not {HttpArguments.Describe(other)}"),
        };
        return new HttpBody.Bytes(bytes, a.Count == 2 ? ContentType(a, 1) : "application/octet-stream");
    }

    private static HttpBody FileBody(HttpArguments a)
    {
        a.Require(1, 2);
        var path = PathResolver.Resolve(a.Call, a.Text(0));
        return new HttpBody.FileContents(path, a.Count == 2 ? ContentType(a, 1) : MimeTypes.ForPath(path));
    }

    private static string ContentType(HttpArguments a, int index)
    {
        var text = a.Text(index).Trim();
        return System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(text, out _) ? text : throw a.Error($"\"{text}\" is not a content type");
    }

    private static void UserPwd(HttpRequestSettings s, HttpArguments a)
    {
        a.Require(1, 1);
        var text = a.Text(0);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) throw a.Error("needs \"user name:password\"");
        s.Username = text[..colon];
        s.Password = text[(colon + 1)..];
    }

    private static double Positive(HttpArguments a)
    {
        var seconds = a.Number(0);
        return seconds > 0 ? seconds : throw a.Error("needs a number of seconds greater than 0");
    }

    /// <summary>
    /// Decision: every method the Index lists is accepted; the credentials are always sent as basic
    /// authentication (System.Net.Http has no Kerberos or NTLM negotiation without the platform's libraries).
    /// </summary>
    private static void AuthenticationMethod(HttpArguments a)
    {
        a.Require(1, 1);
        var method = a.Text(0).Trim().ToUpperInvariant();
        if (method is not ("NONE" or "BASIC" or "KERBEROS" or "NEGOTIATE" or "NTLM" or "ANY" or "ANYSAFE" or "DEFAULT"))
        {
            throw a.Error($"\"{method}\" is not one of NONE, BASIC, KERBEROS, NEGOTIATE, NTLM, ANY, ANYSAFE, DEFAULT");
        }
    }
}
