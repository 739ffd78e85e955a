using System.Diagnostics;
using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Sockets;
using Jsl.Sockets.Background;
using Jsl.Sockets.Resolution;
using Xunit;

namespace Jsl.Tests.Sockets.Background;

public sealed class BackgroundAcceptTests : IDisposable
{
    private readonly EventLoop loop = new();
    private readonly Socket listener = Loopback.Listener();
    private readonly List<Socket> owned = [];

    public void Dispose()
    {
        owned.ForEach(s => s.Dispose());
        listener.Dispose();
        loop.Dispose();
    }

    [Fact]
    public void Accept_Fast_delivers_each_connection_with_an_empty_peer_name()
    {
        var accepted = new List<AcceptResult>();
        using var op = new BackgroundAccept(listener, null, loop, TimeSpan.Zero, r =>
        {
            accepted.Add(r);
            owned.Add(r.Socket!);
        });
        op.Start();
        Connect();
        Connect();
        Loopback.RunUntil(loop, () => accepted.Count == 2);

        Assert.All(accepted, r =>
        {
            Assert.Equal("ok", r.Status);
            Assert.Equal("", r.PeerName);
            Assert.True(r.Socket!.Connected);
        });
        Assert.True(op.IsActive);
    }

    [Fact]
    public void Accept_looks_up_the_peer_name_in_the_background()
    {
        var resolver = new FakeNameResolver().AddReverse("127.0.0.1", "client.example.test");
        var accepted = new List<AcceptResult>();
        using var op = new BackgroundAccept(listener, resolver, loop, TimeSpan.Zero, r =>
        {
            accepted.Add(r);
            owned.Add(r.Socket!);
        });
        op.Start();
        Connect();
        Loopback.RunUntil(loop, () => accepted.Count == 1);
        Assert.Equal("client.example.test", accepted[0].PeerName);
    }

    [Fact]
    public void Accept_with_the_real_resolver_names_loopback_localhost()
    {
        var accepted = new List<AcceptResult>();
        using var op = new BackgroundAccept(listener, new SystemNameResolver(), loop, TimeSpan.Zero, r =>
        {
            accepted.Add(r);
            owned.Add(r.Socket!);
        });
        op.Start();
        Connect();
        Loopback.RunUntil(loop, () => accepted.Count == 1);
        Assert.Equal("localhost", accepted[0].PeerName);
    }

    [Fact]
    public void A_slow_reverse_lookup_gives_the_numeric_address_and_blocks_no_other_callback()
    {
        var resolver = new FakeNameResolver { Delay = TimeSpan.FromSeconds(30) };
        var accepted = new List<AcceptResult>();
        var ticks = 0;
        using var op = new BackgroundAccept(listener, resolver, loop, TimeSpan.Zero, r =>
        {
            accepted.Add(r);
            owned.Add(r.Socket!);
        });
        op.Start();
        using var ticker = loop.ScheduleAfter(TimeSpan.FromMilliseconds(300), () => ticks++);
        var watch = Stopwatch.StartNew();
        Connect();
        Loopback.RunUntil(loop, () => accepted.Count == 1);

        Assert.Equal("127.0.0.1", accepted[0].PeerName);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(9));
        Assert.Equal(1, ticks);
    }

    [Fact]
    public void Accept_times_out_when_nobody_connects()
    {
        var accepted = new List<AcceptResult>();
        using var op = new BackgroundAccept(listener, null, loop, TimeSpan.FromMilliseconds(150), accepted.Add);
        op.Start();
        Loopback.RunUntilIdle(loop);
        Assert.Equal(["TIMEDOUT: The operation timed out. "], accepted.Select(a => a.Status));
    }

    [Fact]
    public void Accepting_on_a_socket_that_does_not_listen_fails_with_INVAL()
    {
        using var unbound = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        unbound.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        var accepted = new List<AcceptResult>();
        using var op = new BackgroundAccept(unbound, null, loop, TimeSpan.Zero, accepted.Add);
        op.Start();
        Loopback.RunUntilIdle(loop);
        Assert.Equal([SocketErrorCatalog.Text(SocketErrorCode.Inval)], accepted.Select(a => a.Status));
    }

    [Fact]
    public void A_connection_accepted_but_dropped_by_Dispose_is_closed()
    {
        var calls = 0;
        var op = new BackgroundAccept(listener, null, loop, TimeSpan.Zero, _ => calls++);
        op.Start();
        var client = Connect();
        Loopback.WaitForPending(loop);
        op.Dispose();
        loop.RunDue();
        Assert.Equal(0, calls);

        // The server side was closed, so the client reads end-of-stream.
        client.ReceiveTimeout = 5000;
        Assert.Equal(0, client.Receive(new byte[1]));
    }

    private Socket Connect()
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        owned.Add(client);
        return client;
    }
}
