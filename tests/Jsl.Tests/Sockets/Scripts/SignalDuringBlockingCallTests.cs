using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// SIGTERM / SIGINT while the script's thread is inside a blocking socket call (issue 8): the
/// signal handler closes the sockets under the call, and the run must end with 143 / 130 and no
/// stray message. The race showed in about one run of sixteen (Recv) or five (a 50 MB Send), so
/// each case is repeated; every run is bounded, and only loopback is used.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed class SignalDuringBlockingCallTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly string directory = Directory.CreateTempSubdirectory("jsl-signal-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Connects a client to a listener of its own, so the script has a peer that never sends.</summary>
    private const string ConnectedClient = """
        server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen();
        c = Socket(); c << Connect( "127.0.0.1", (server << GetSockName)[4] );
        peer = server << Accept();
        """;

    [Fact]
    public void A_signal_during_a_blocking_recv_exits_with_its_status_and_nothing_else_40_times()
    {
        var script = Write("recv.jsl", ConnectedClient + """
            Print( "blocking" );
            Print( c << Recv( 10 ) );
            Print( "after" );
            """);
        RepeatSignal(script, runs: 40);
    }

    [Fact]
    public void A_signal_during_a_blocking_50_MB_send_exits_with_its_status_and_nothing_else_20_times()
    {
        // The peer never reads, so the send fills the socket buffers and blocks.
        var script = Write("send.jsl", ConnectedClient + """
            data = Char To Blob( Repeat( "x", 50000000 ) );
            Print( "blocking" );
            Print( c << Send( data ) );
            Print( "after" );
            """);
        RepeatSignal(script, runs: 20);
    }

    [Fact]
    public void A_signal_during_a_blocking_accept_exits_with_its_status_and_nothing_else_10_times()
    {
        var script = Write("accept.jsl", """
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen();
            Print( "blocking" );
            Print( server << Accept() );
            Print( "after" );
            """);
        RepeatSignal(script, runs: 10);
    }

    [Fact]
    public void A_signal_during_a_blocking_recvfrom_exits_with_its_status_and_nothing_else_10_times()
    {
        var script = Write("recvfrom.jsl", """
            u = Socket( DGRAM ); u << Bind( "127.0.0.1", "0" );
            Print( "blocking" );
            Print( u << RecvFrom( 100 ) );
            Print( "after" );
            """);
        RepeatSignal(script, runs: 10);
    }

    [Fact]
    public void A_signal_during_wait_with_a_background_recv_armed_exits_with_its_status_and_nothing_else_10_times()
    {
        var script = Write("wait.jsl", ConnectedClient + """
            c << Recv( 10, Function( {r}, Print( r ) ) );
            Print( "blocking" );
            Wait( 30 );
            Print( "after" );
            """);
        RepeatSignal(script, runs: 10);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// Runs the script <paramref name="runs"/> times, signalling each run a few milliseconds after
    /// it says it is about to block (the delay varies, to land at different points of the call),
    /// SIGTERM and SIGINT in turn.
    /// </summary>
    internal static void RepeatSignal(string script, int runs, Func<string, JslServerProcess>? start = null)
    {
        var random = new Random(8);
        for (var run = 0; run < runs; run++)
        {
            var (signal, status) = run % 2 == 0 ? ("TERM", 143) : ("INT", 130);
            using var jsl = (start ?? (static s => JslServerProcess.Start(s)))(script);
            jsl.WaitForLine(l => l == "\"blocking\"", Bound);
            Thread.Sleep(random.Next(0, 40));
            jsl.Signal(signal);
            var exit = jsl.WaitForExit(Bound);
            var context = $"run {run + 1} of {runs}, SIG{signal}";
            Assert.True(status == exit, $"{context}: exit status {exit}\nstderr:\n{jsl.Stderr}");
            Assert.True(jsl.Stderr.Length == 0, $"{context}: stray message on stderr:\n{jsl.Stderr}");
            Assert.True(jsl.Stdout == "\"blocking\"", $"{context}: stdout after the signal:\n{jsl.Stdout}");
        }
    }
}
