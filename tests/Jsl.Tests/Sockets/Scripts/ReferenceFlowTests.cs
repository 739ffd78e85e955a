using System.Globalization;
using Jsl.Tests.Peers;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// The documented reference flows of spec §7, the scripts in examples/ run unchanged by the
/// <c>jsl</c> command against real peers: nginx for the HTTP clients, curl for the HTTP server,
/// socat for UDP. A missing peer skips (fails under <c>JSL_REQUIRE_PEERS=1</c>).
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed class ReferenceFlowTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static string Example(string name) => Path.Combine(RepositoryPaths.Examples, name);

    private static Dictionary<string, string> Environment(string host, int port) => new()
    {
        ["JSL_HOST"] = host,
        ["JSL_PORT"] = port.ToString(CultureInfo.InvariantCulture),
    };

    [SkippableFact]
    public void Flow_1_the_blocking_http_client_reads_nginxs_answer()
    {
        using var nginx = NginxServer.Start();
        var result = JslProcess.Run(Bound, Environment(NginxServer.Host, nginx.Port), Example("http_client_blocking.jsl"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.StartsWith("HTTP/1.1 200 OK", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(NginxServer.IndexBody.Trim(), result.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Flow_2_the_non_blocking_http_client_gathers_the_whole_answer_until_closed()
    {
        using var nginx = NginxServer.Start();
        var big = new string('x', 200_000);
        nginx.AddFile("index.html", System.Text.Encoding.ASCII.GetBytes(big));
        var result = JslProcess.Run(Bound, Environment(NginxServer.Host, nginx.Port), Example("http_client_nonblocking.jsl"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.StartsWith("HTTP/1.1 200 OK", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(big, result.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Flow_3_the_small_http_server_answers_curl()
    {
        PeerPrograms.Require("curl");
        var port = FreePort.Tcp();
        using var server = JslServerProcess.Start(Example("http_server.jsl"), Environment("127.0.0.1", port));
        server.WaitForLine(line => line.Contains("listening on", StringComparison.Ordinal), Bound);
        var reply = CurlClient.Get(new Uri($"http://127.0.0.1:{port}/someResource"), TimeSpan.FromSeconds(20), "--http1.0");
        Assert.True(reply.ExitCode == 0, reply.Errors);
        Assert.Contains("here's the doc for someResource.", reply.Body, StringComparison.Ordinal);
        Assert.Equal(0, server.WaitForExit(Bound));
        Assert.Contains("GET /someResource HTTP/1.0", server.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Flow_4_udp_loopback_gets_wouldblock_then_the_datagram_with_its_sender()
    {
        // The Scripting Index's own script tests statuses with Pat Match.
        Skip.IfNot(Engine.BuiltinFunctions.Any(f => f.Name == "Pat Match"), "Pat Match is not a jsl built-in yet (udp_loopback.jsl uses it)");
        var result = JslProcess.Run(Bound, Environment("127.0.0.1", FreePort.Udp()), Example("udp_loopback.jsl"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("rc = {\"recvfrom\", \"ok\", Char To Blob( \"this is a test\", \"ascii~hex\" ), \"127.0.0.1\", \"", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("result = \"this is a test\";\n", result.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Udp_datagrams_go_both_ways_between_a_script_and_socat()
    {
        var socatPort = FreePort.Udp();
        using var socat = SocatProcess.ReceiveOneDatagram(socatPort, TimeSpan.FromSeconds(10));
        Thread.Sleep(300);
        var script = Path.Combine(Path.GetTempPath(), $"jsl-udp-{Guid.NewGuid():N}.jsl");
        File.WriteAllText(script, $$"""
            rx = Socket( DGRAM );
            rx << Bind( "127.0.0.1", "0" );
            Print( (rx << GetSockName)[4] );
            rx << RecvFrom( 100, Function( {r}, Print( Blob To Char( r[3] ) ); r[6] << Close() ), 20 );
            tx = Socket( DGRAM );
            Print( tx << SendTo( "127.0.0.1", "{{socatPort}}", "to socat" ) );
            """);
        try
        {
            using var jsl = JslServerProcess.Start(script);
            var port = int.Parse(jsl.WaitForLine(line => line.Trim('"').All(char.IsAsciiDigit), Bound).Trim('"'), CultureInfo.InvariantCulture);
            using var sender = SocatProcess.SendDatagram("127.0.0.1", port, "from socat");
            Assert.Equal(0, jsl.WaitForExit(Bound));
            Assert.Contains("\"from socat\"", jsl.Stdout, StringComparison.Ordinal);
            Assert.True(socat.WaitForExit(Bound));
            Assert.Equal("to socat", socat.StandardOutput.TrimEnd('\n'));
        }
        finally
        {
            File.Delete(script);
        }
    }
}
