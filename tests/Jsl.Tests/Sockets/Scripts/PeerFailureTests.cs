using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>A C# peer that resets the connection (linger 0, then close) mid-transfer: CONNRESET (spec §6, §8).</summary>
public sealed class PeerFailureTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Accepts one connection, reads <paramref name="readFirst"/> bytes, then resets it.</summary>
    private static (Socket Listener, Task Peer) ResettingPeer(int readFirst)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var peer = Task.Run(async () =>
        {
            using var cancel = new CancellationTokenSource(Bound);
            using var accepted = await listener.AcceptAsync(cancel.Token);
            var buffer = new byte[readFirst];
            var read = 0;
            while (read < readFirst)
            {
                var n = await accepted.ReceiveAsync(buffer.AsMemory(read), SocketFlags.None, cancel.Token);
                if (n == 0) break;
                read += n;
            }
            accepted.LingerState = new LingerOption(true, 0);
            accepted.Close();
        });
        return (listener, peer);
    }

    private static int PortOf(Socket listener) => ((IPEndPoint)listener.LocalEndPoint!).Port;

    [Fact]
    public async Task A_blocking_recv_gets_connreset_when_the_peer_resets()
    {
        var (listener, peer) = ResettingPeer(5);
        using (listener)
        {
            var run = ScriptRun.Ok($"""
                s = Socket();
                s << Connect( "127.0.0.1", "{PortOf(listener)}" );
                s << Send( "hello" );
                Print( s << Recv( 100 ) );
                """);
            await peer.WaitAsync(Bound);
            Assert.Equal([Status.List("recv", Status.ConnReset)], run.Lines);
        }
    }

    [Fact]
    public async Task Sending_mid_transfer_after_the_peer_reset_gives_connreset_not_epipe()
    {
        var (listener, peer) = ResettingPeer(4096);
        using (listener)
        {
            var run = ScriptRun.Ok($"""
                s = Socket();
                s << Connect( "127.0.0.1", "{PortOf(listener)}" );
                chunk = "0123456789abcdef"; For( i = 1, i <= 8, i++, chunk = chunk || chunk );
                r = s << Send( chunk );
                For( i = 1, i <= 400 & r[2] == "ok", i++, Wait( 0.02 ); r = s << Send( chunk ) );
                Print( r );
                r = s << Send( chunk );
                Print( r );
                """);
            await peer.WaitAsync(Bound);
            Assert.Equal([Status.List("send", Status.ConnReset), Status.List("send", Status.ConnReset)], run.Lines);
        }
    }

    [Fact]
    public async Task A_background_recv_gets_connreset_and_ends()
    {
        var (listener, peer) = ResettingPeer(5);
        using (listener)
        {
            var run = ScriptRun.Ok($$"""
                s = Socket();
                s << Connect( "127.0.0.1", "{{PortOf(listener)}}" );
                onData = Function( {r}, Print( r ) );
                s << Recv( 100, "onData" );
                s << Send( "hello" );
                """);
            await peer.WaitAsync(Bound);
            Assert.Equal(["{\"recv\", " + Status.Quote(Status.ConnReset) + ", Socket[STREAM]}"], run.Lines);
        }
    }
}
