using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Jsl.Tests.Peers;

// Each peer exercised without jsl, so a broken peer setup is told apart from a broken jsl.
public class PeerSmokeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [SkippableFact]
    public async Task Nginx_serves_its_page_to_HttpClient()
    {
        using var nginx = NginxServer.Start();
        using var http = new HttpClient { Timeout = Bound };
        var body = await http.GetStringAsync(nginx.BaseUri);
        Assert.Equal(NginxServer.IndexBody, body);
    }

    [SkippableFact]
    public void Nginx_answers_a_raw_HTTP_1_0_request_and_closes()
    {
        using var nginx = NginxServer.Start();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 10_000 };
        socket.Connect(IPAddress.Loopback, nginx.Port);
        socket.Send("GET / HTTP/1.0\r\n\r\n"u8);
        var response = new MemoryStream();
        var buffer = new byte[1000];
        int count;
        while ((count = socket.Receive(buffer)) > 0)
        {
            response.Write(buffer, 0, count);
        }

        var text = Encoding.ASCII.GetString(response.ToArray());
        Assert.StartsWith("HTTP/1.1 200 OK", text, StringComparison.Ordinal);
        Assert.EndsWith(NginxServer.IndexBody, text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Nginx_serves_added_files()
    {
        using var nginx = NginxServer.Start();
        var content = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();
        nginx.AddFile("big.bin", content);
        using var http = new HttpClient { Timeout = Bound };
        Assert.Equal(content, http.GetByteArrayAsync(new Uri(nginx.BaseUri, "big.bin")).GetAwaiter().GetResult());
    }

    [SkippableFact]
    public void Curl_fetches_from_nginx()
    {
        using var nginx = NginxServer.Start();
        var result = CurlClient.Get(nginx.BaseUri, TimeSpan.FromSeconds(5));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(NginxServer.IndexBody, result.Body);
    }

    [SkippableFact]
    public void Curl_gives_up_at_max_time_against_a_silent_server()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var watch = Stopwatch.StartNew();
        var result = CurlClient.Get(new Uri($"http://127.0.0.1:{port}/"), TimeSpan.FromSeconds(1));
        Assert.Equal(28, result.ExitCode);
        Assert.True(watch.Elapsed < Bound);
    }

    [SkippableFact]
    public void Socat_receives_a_datagram_sent_from_dotnet()
    {
        var port = FreePort.Udp();
        using var socat = SocatProcess.ReceiveOneDatagram(port, TimeSpan.FromSeconds(5));
        using var sender = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var watch = Stopwatch.StartNew();

        // socat needs a moment to bind; a datagram sent before that is simply lost, so repeat.
        while (!socat.HasExited && watch.Elapsed < Bound)
        {
            sender.SendTo("this is a test"u8, new IPEndPoint(IPAddress.Loopback, port));
            Thread.Sleep(50);
        }

        Assert.True(socat.WaitForExit(Bound));
        Assert.Equal("this is a test", socat.StandardOutput.TrimEnd('\n'));
    }

    [SkippableFact]
    public void Socat_sends_a_datagram_to_dotnet()
    {
        using var receiver = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) { ReceiveTimeout = 10_000 };
        receiver.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)receiver.LocalEndPoint!).Port;
        using var socat = SocatProcess.SendDatagram("127.0.0.1", port, "hello from socat");
        Assert.True(socat.WaitForExit(Bound), socat.StandardError);

        var buffer = new byte[100];
        var count = receiver.Receive(buffer);
        Assert.Equal("hello from socat", Encoding.ASCII.GetString(buffer, 0, count));
    }

    [SkippableFact]
    public void Socat_echoes_datagrams()
    {
        var port = FreePort.Udp();
        using var socat = SocatProcess.EchoDatagrams(port);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) { ReceiveTimeout = 200 };
        client.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var buffer = new byte[100];
        var watch = Stopwatch.StartNew();
        string? echoed = null;
        while (echoed is null && watch.Elapsed < Bound)
        {
            client.SendTo("ping"u8, new IPEndPoint(IPAddress.Loopback, port));
            try
            {
                echoed = Encoding.ASCII.GetString(buffer, 0, client.Receive(buffer));
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.ConnectionRefused or SocketError.ConnectionReset)
            {
                // Not bound yet.
            }
        }

        Assert.Equal("ping", echoed);
    }

    [Fact]
    public void Missing_programs_are_not_found()
    {
        Assert.Null(PeerPrograms.Find("no-such-program-jsl-test"));
    }
}
