using System.Net;
using System.Net.Sockets;
using System.Text;
using Jsl.Tests.Sockets.Scripts;

namespace Jsl.Tests.Sockets.Faults;

/// <summary>
/// Issue 8, item 6, peers that misbehave (C# peers on loopback): a reset in the middle of one
/// large blocking Send, and a peer that does not read, so that a blocking Send waits and a
/// non-blocking one gives WOULDBLOCK or a remainder, without a byte lost or reordered.
/// </summary>
public sealed class PeerBehaviourTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static Socket Listener()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        return listener;
    }

    private static int PortOf(Socket listener) => ((IPEndPoint)listener.LocalEndPoint!).Port;

    /// <summary>
    /// Accepts one connection and reads what first arrives, then stops reading for
    /// <paramref name="pause"/> (the sender meets full buffers), then reads to the end.
    /// </summary>
    private static Task<byte[]> PausingReader(Socket listener, TimeSpan pause) => Task.Run(async () =>
    {
        using var cancel = new CancellationTokenSource(Bound);
        using var accepted = await listener.AcceptAsync(cancel.Token);
        using var all = new MemoryStream();
        var buffer = new byte[65536];
        var n = await accepted.ReceiveAsync(buffer, SocketFlags.None, cancel.Token);
        all.Write(buffer, 0, n);
        await Task.Delay(pause, cancel.Token);
        while ((n = await accepted.ReceiveAsync(buffer, SocketFlags.None, cancel.Token)) > 0) all.Write(buffer, 0, n);
        return all.ToArray();
    });

    [Fact]
    public async Task A_peer_that_resets_during_one_20_MB_blocking_send_gives_connreset()
    {
        using var listener = Listener();
        var peer = Task.Run(async () =>
        {
            using var cancel = new CancellationTokenSource(Bound);
            using var accepted = await listener.AcceptAsync(cancel.Token);
            var buffer = new byte[65536];
            await accepted.ReceiveAsync(buffer, SocketFlags.None, cancel.Token);
            accepted.LingerState = new LingerOption(true, 0);
            accepted.Close();
        });
        var run = ScriptRun.Ok($"""
            s = Socket();
            s << Connect( "127.0.0.1", "{PortOf(listener)}" );
            Print( s << Send( Char To Blob( Repeat( "x", 20000000 ) ) ) );
            """);
        await peer.WaitAsync(Bound);
        Assert.Equal([Status.List("send", Status.ConnReset)], run.Lines);
    }

    [Fact]
    public async Task A_blocking_send_to_a_peer_that_is_not_reading_waits_and_delivers_every_byte()
    {
        using var listener = Listener();
        var peer = PausingReader(listener, TimeSpan.FromSeconds(1));
        // 39 MB is more than loopback's buffers hold: the Send has to wait for the peer.
        var run = ScriptRun.Ok($"""
            s = Socket();
            s << Connect( "127.0.0.1", "{PortOf(listener)}" );
            data = ""; For( k = 1, k <= 10000, k++, data ||= Char( k ) || "," );
            big = Char To Blob( Repeat( data, 800 ) );
            start = Tick Seconds();
            r = s << Send( big );
            Print( r[2], Length( r[3] ), Tick Seconds() - start >= 0.5, Length( big ) );
            s << Close();
            """);
        var received = await peer.WaitAsync(Bound);
        Assert.Equal("\"ok\"", run.Lines[0]);
        Assert.Equal("0", run.Lines[1]);
        Assert.Equal("1", run.Lines[2]);
        var expected = string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Range(1, 10000).Select(k => $"{k},")), 800));
        Assert.Equal(expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Lines[3]);
        Assert.True(Encoding.ASCII.GetString(received) == expected, $"{received.Length} bytes received of {expected.Length}, or not in order");
    }

    [Fact]
    public async Task A_non_blocking_send_to_a_peer_that_is_not_reading_gives_wouldblock_or_a_rest_and_loses_nothing()
    {
        using var listener = Listener();
        var peer = PausingReader(listener, TimeSpan.FromSeconds(2));
        // Numbered chunks until the system refuses some, then the rest and more chunks until
        // 300 past that point, each refused part sent again until it goes.
        var run = ScriptRun.Ok($$"""
            s = Socket();
            s << Connect( "127.0.0.1", "{{PortOf(listener)}}" );
            s << Ioctl( FIONBIO, 1 );
            chunk = Function( {k}, Char To Blob( Char( k ) || ":" || Repeat( "x", 4000 ) || ";" ) );
            refused = 0; k = 0; last = 100000;
            While( k < last,
                k++;
                data = chunk( k );
                r = s << Send( data );
                While( Starts With( r[2], "WOULDBLOCK" ) | r[2] == "ok" & Length( r[3] ) > 0,
                    If( refused == 0, refused = k; last = k + 300 );
                    If( r[2] == "ok", data = r[3] );
                    Wait( 0.01 );
                    r = s << Send( data );
                );
                If( r[2] != "ok", Print( r ); k = last );
            );
            Print( refused > 0, k );
            s << Close();
            """);
        var received = Encoding.ASCII.GetString(await peer.WaitAsync(Bound));
        var sent = int.Parse(run.Lines[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["1", sent.ToString(System.Globalization.CultureInfo.InvariantCulture)], run.Lines);
        var expected = string.Concat(Enumerable.Range(1, sent).Select(k => $"{k}:{new string('x', 4000)};"));
        Assert.True(received == expected, $"{received.Length} bytes received of {expected.Length}, or not in order");
    }
}
