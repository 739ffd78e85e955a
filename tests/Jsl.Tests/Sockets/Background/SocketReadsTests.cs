using System.Diagnostics;
using System.Net.Sockets;
using Jsl.Sockets;
using Jsl.Sockets.Background;
using Xunit;

namespace Jsl.Tests.Sockets.Background;

public sealed class SocketReadsTests : IDisposable
{
    private readonly Socket listener = Loopback.Listener();

    public void Dispose() => listener.Dispose();

    [Fact]
    public void Non_blocking_receive_with_nothing_there_is_WOULDBLOCK()
    {
        var (client, server) = Loopback.Pair(listener);
        using var _ = client;
        using var __ = server;
        server.Blocking = false;
        var result = SocketReads.Receive(server, 100);
        Assert.Equal(BackgroundResultKind.WouldBlock, result.Kind);
        Assert.Equal("WOULDBLOCK: The socket is marked as non-blocking and the requested operation would block. ", result.Status);
    }

    [Fact]
    public void Blocking_receive_waits_for_data_and_returns_what_is_there_up_to_n()
    {
        var (client, server) = Loopback.Pair(listener);
        using var _ = client;
        using var __ = server;
        using var timer = new Timer(_ => client.Send("0123456789"u8), null, 100, Timeout.Infinite);
        var result = SocketReads.Receive(server, 4);
        Assert.Equal("0123"u8.ToArray(), result.Data);
        Assert.Equal("456789"u8.ToArray(), SocketReads.Receive(server, 2_000_000_000).Data);
    }

    [Fact]
    public void Orderly_close_is_CLOSED_in_both_modes()
    {
        var (client, server) = Loopback.Pair(listener);
        using var __ = server;
        client.Shutdown(SocketShutdown.Send);
        Assert.Equal(BackgroundResultKind.Closed, SocketReads.Receive(server, 10).Kind);
        server.Blocking = false;
        Assert.Equal("CLOSED: The connection was closed by the remote side. ", SocketReads.Receive(server, 10).Status);
        client.Dispose();
    }

    [Fact]
    public void A_disposed_socket_reads_NOTSOCK()
    {
        var (client, server) = Loopback.Pair(listener);
        using var _ = client;
        server.Dispose();
        Assert.Equal(SocketErrorCatalog.Text(SocketErrorCode.NotSock), SocketReads.Receive(server, 10).Status);
    }

    [Fact]
    public void Datagram_reads_WOULDBLOCK_then_data_then_MSGSIZE()
    {
        using var receiver = Loopback.Udp();
        using var sender = Loopback.Udp();
        receiver.Blocking = false;
        Assert.Equal(BackgroundResultKind.WouldBlock, SocketReads.ReceiveFrom(receiver, 100).Kind);

        sender.SendTo("this is a test"u8, receiver.LocalEndPoint!);
        var watch = Stopwatch.StartNew();
        ReadResult result;
        do
        {
            result = SocketReads.ReceiveFrom(receiver, 100);
        }
        while (result.Kind == BackgroundResultKind.WouldBlock && watch.Elapsed < Loopback.Bound);

        Assert.Equal("ok", result.Status);
        Assert.Equal("this is a test"u8.ToArray(), result.Data);
        Assert.Equal("127.0.0.1", result.Address);

        receiver.Blocking = true;
        sender.SendTo("0123456789"u8, receiver.LocalEndPoint!);
        var truncated = SocketReads.ReceiveFrom(receiver, 3);
        Assert.Equal(BackgroundResultKind.Truncated, truncated.Kind);
        Assert.Equal("012"u8.ToArray(), truncated.Data);
    }

    [Fact]
    public void ReadSize_is_bounded_by_n_and_at_least_one()
    {
        var (client, server) = Loopback.Pair(listener);
        using var _ = client;
        using var __ = server;
        Assert.Equal(1, SocketReads.ReadSize(server, 2_000_000_000));
        client.Send(new byte[300]);
        Thread.Sleep(50);
        Assert.Equal(300, SocketReads.ReadSize(server, 2_000_000_000));
        Assert.Equal(7, SocketReads.ReadSize(server, 7));
    }
}
