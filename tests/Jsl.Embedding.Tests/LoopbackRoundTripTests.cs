using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jsl.Embedding.Tests;

/// <summary>A script talks to a .NET peer on loopback through the public API: the host gives it the port, and reads back what it got.</summary>
public sealed class LoopbackRoundTripTests
{
    [Fact]
    public async Task A_script_sends_to_a_dotnet_echo_peer_and_receives_the_reply()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var peer = Task.Run(async () =>
        {
            using var timeout = new CancellationTokenSource(Bounded.Limit);
            using var client = await listener.AcceptTcpClientAsync(timeout.Token);
            var stream = client.GetStream();
            var buffer = new byte[64];
            var count = await stream.ReadAsync(buffer, timeout.Token);
            var reply = Encoding.UTF8.GetBytes("echo: " + Encoding.UTF8.GetString(buffer, 0, count));
            await stream.WriteAsync(reply, timeout.Token);
        });

        var engine = new Engine(new CollectingLog());
        engine.SetGlobal("port", ((IPEndPoint)listener.LocalEndpoint).Port);
        engine.SetGlobal("message", "ping");
        var script = """
            s = Socket( STREAM );
            s << Connect( "127.0.0.1", port );
            s << Send( Char To Blob( message ) );
            got = "";
            While( Length( got ) < 10,
                r = s << Recv( 100 );
                If( r[2] != "ok", Throw( "recv: " || r[2] ) );
                got ||= Blob To Char( r[3] );
            );
            s << Close();
            got;
            """;
        var reply = Bounded.Run(() => engine.Evaluate(script, "client.jsl"));
        await peer.WaitAsync(Bounded.Limit);
        Assert.Equal("echo: ping", reply.AsString());
        Assert.Equal("echo: ping", engine.GetGlobal("got")!.AsString());
    }
}
