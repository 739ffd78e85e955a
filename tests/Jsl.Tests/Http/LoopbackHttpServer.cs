using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jsl.Tests.Http;

/// <summary>One request as the loopback server read it.</summary>
internal sealed record ReceivedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}

/// <summary>What the loopback server answers: a status line's code and reason, headers, a body, and an optional delay first.</summary>
internal sealed record CannedResponse(int Status, string Reason, string Body, string ContentType = "text/plain; charset=utf-8")
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public byte[]? RawBody { get; init; }

    public TimeSpan Delay { get; init; } = TimeSpan.Zero;
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1, port chosen by the system: it reads one request per
/// connection (headers and a Content-Length body), records it, and writes the handler's answer with
/// <c>Connection: close</c>. Enough to test a client without any address beyond loopback.
/// </summary>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<ReceivedRequest, CannedResponse> handler;
    private readonly CancellationTokenSource stopping = new();

    public LoopbackHttpServer(Func<ReceivedRequest, CannedResponse> handler)
    {
        this.handler = handler;
        listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Every request read, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public ReceivedRequest Single()
    {
        Assert.Single(Received);
        return Received.First();
    }

    private async Task AcceptLoop()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await Read(stream);
                Received.Enqueue(request);
                var response = handler(request);
                if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, stopping.Token);
                await Write(stream, response);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (a timeout test) or the server is stopping.
            }
        }
    }

    private static async Task<ReceivedRequest> Read(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0) throw new IOException("the client closed before the headers ended");
            buffer.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var start = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read));
            if (n == 0) throw new IOException("the client closed inside the body");
            read += n;
        }
        return new ReceivedRequest(start[0], start[1], headers, body);
    }

    private static bool EndsWithBlankLine(List<byte> buffer) =>
        buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';

    private static async Task Write(NetworkStream stream, CannedResponse response)
    {
        var body = response.RawBody ?? Encoding.UTF8.GetBytes(response.Body);
        var head = new StringBuilder();
        head.Append($"HTTP/1.1 {response.Status} {response.Reason}\r\n");
        head.Append($"Content-Type: {response.ContentType}\r\n");
        head.Append($"Content-Length: {body.Length}\r\n");
        foreach (var (name, value) in response.Headers) head.Append($"{name}: {value}\r\n");
        head.Append("Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.WriteAsync(body);
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        stopping.Dispose();
    }
}
