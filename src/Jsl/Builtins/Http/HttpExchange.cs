using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Jsl.Builtins.Http;

/// <summary>
/// One request and its response, over System.Net.Http. The script's thread blocks until the
/// exchange ends, as JMP's Send does, but a cancelled run (the engine's cancellation token, the
/// CLI's Ctrl+C) ends the wait at once, and the request's Timeout bounds the whole exchange.
/// </summary>
internal static class HttpExchange
{
    /// <summary>
    /// Sends <paramref name="settings"/>; never throws for a network failure (that is an outcome with a
    /// connection status). Throws <see cref="OperationCanceledException"/> when <paramref name="run"/> is cancelled.
    /// </summary>
    public static HttpOutcome Send(HttpRequestSettings settings, CookieContainer cookies, CancellationToken run)
    {
        var method = settings.Method;
        var given = settings.Url ?? "";
        var url = QueryText.Append(given, settings.Query, settings.EncodeQuery);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0 && uri.Scheme is "http" or "https")
        {
            return HttpOutcome.Failed(HttpFailure.MalformedUrl, HttpFailure.Message(HttpFailure.MalformedUrl), method, url);
        }
        if (uri.Scheme is not ("http" or "https"))
        {
            return HttpOutcome.Failed(HttpFailure.UnsupportedProtocol, HttpFailure.Message(HttpFailure.UnsupportedProtocol), method, url);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(run);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Clamp(settings.TimeoutSeconds, 0.001, int.MaxValue / 1000.0)));
        HttpRequestMessage request;
        try
        {
            request = Request(settings, uri);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HttpOutcome.Failed(HttpFailure.ReadError, HttpFailure.Message(HttpFailure.ReadError), method, uri.AbsoluteUri);
        }
        using var handler = Handler(settings, cookies);
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            using var response = client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).GetAwaiter().GetResult();
            var body = response.Content.ReadAsByteArrayAsync(timeout.Token).GetAwaiter().GetResult();
            return Answered(response, body, method, uri);
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return HttpOutcome.Failed(HttpFailure.TimedOut, HttpFailure.Message(HttpFailure.TimedOut), method, uri.AbsoluteUri);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            var code = HttpFailure.Classify(e);
            return HttpOutcome.Failed(code, HttpFailure.Message(code), method, uri.AbsoluteUri);
        }
        finally
        {
            request.Dispose();
        }
    }

    private static SocketsHttpHandler Handler(HttpRequestSettings settings, CookieContainer cookies)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = settings.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, settings.MaxRedirects),
            UseCookies = settings.UseCookies,
            CookieContainer = cookies,
            AutomaticDecompression = DecompressionMethods.All,
        };
        if (!settings.VerifyCertificate) handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        return handler;
    }

    private static HttpRequestMessage Request(HttpRequestSettings settings, Uri uri)
    {
        var request = new HttpRequestMessage(new HttpMethod(settings.Method), uri);
        if (settings.Body is { } body) request.Content = body.Build();
        foreach (var (name, value) in settings.Headers)
        {
            // A Content-Type (or other content header) replaces the body's own.
            if (request.Content is not null && name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                request.Content.Headers.Remove(name);
                if (request.Content.Headers.TryAddWithoutValidation(name, value)) continue;
            }
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (Credentials(settings) is { } credentials) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        if (settings.Cookies.Count > 0) request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", settings.Cookies.Select(c => $"{c.Key}={c.Value}")));
        return request;
    }

    /// <summary>
    /// Basic credentials: <c>user:password</c> in base 64. Decision: a Password without a Username is
    /// taken as credentials already encoded, as the Index's Password example passes
    /// <c>"cm9zczpBYmMxMjM="</c> ("ross:Abc123") alone.
    /// </summary>
    private static string? Credentials(HttpRequestSettings settings) => (settings.Username, settings.Password) switch
    {
        (null, null) => null,
        (null, { } encoded) => encoded,
        ({ } user, var password) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")),
    };

    private static HttpOutcome Answered(HttpResponseMessage response, byte[] body, string method, Uri uri)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in response.Headers) headers.Add(new(name, string.Join(", ", values)));
        foreach (var (name, values) in response.Content.Headers) headers.Add(new(name, string.Join(", ", values)));
        return new HttpOutcome
        {
            Status = (int)response.StatusCode,
            StatusMessage = response.ReasonPhrase ?? "",
            Answered = true,
            Method = method,
            LastUrl = (response.RequestMessage?.RequestUri ?? uri).AbsoluteUri,
            Headers = headers,
            MimeType = response.Content.Headers.ContentType?.MediaType ?? "",
            Body = body,
        };
    }
}
