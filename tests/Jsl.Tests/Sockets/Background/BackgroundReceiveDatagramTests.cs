using System.Net;
using System.Net.Sockets;
using System.Text;
using Jsl.Runtime.Scheduling;
using Jsl.Sockets;
using Jsl.Sockets.Background;
using Xunit;

namespace Jsl.Tests.Sockets.Background;

public sealed class BackgroundReceiveDatagramTests : IDisposable
{
    private readonly EventLoop loop = new();
    private readonly Socket receiver = Loopback.Udp();
    private readonly Socket sender = Loopback.Udp();

    public void Dispose()
    {
        receiver.Dispose();
        sender.Dispose();
        loop.Dispose();
    }

    [Fact]
    public void Each_datagram_is_one_completion_with_its_sender()
    {
        var received = new List<ReadResult>();
        using var op = new BackgroundReceive(receiver, 100, loop, TimeSpan.Zero, received.Add);
        op.Start();
        sender.SendTo("one"u8, receiver.LocalEndPoint!);
        sender.SendTo("two"u8, receiver.LocalEndPoint!);
        Loopback.RunUntil(loop, () => received.Count == 2);

        Assert.Equal(["one", "two"], received.Select(r => Encoding.ASCII.GetString(r.Data)));
        var from = (IPEndPoint)sender.LocalEndPoint!;
        Assert.All(received, r =>
        {
            Assert.Equal("ok", r.Status);
            Assert.Equal("127.0.0.1", r.Address);
            Assert.Equal(from.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Port);
        });
        Assert.True(op.IsActive);
    }

    [Fact]
    public void A_datagram_longer_than_n_is_truncated_with_MSGSIZE_and_the_operation_stays_armed()
    {
        var received = new List<ReadResult>();
        using var op = new BackgroundReceive(receiver, 4, loop, TimeSpan.Zero, received.Add);
        op.Start();
        sender.SendTo("truncated"u8, receiver.LocalEndPoint!);
        sender.SendTo("ok"u8, receiver.LocalEndPoint!);
        Loopback.RunUntil(loop, () => received.Count == 2);

        Assert.Equal(BackgroundResultKind.Truncated, received[0].Kind);
        Assert.Equal("MSGSIZE: The datagram was too large to fit into the specified buffer and was truncated. ", received[0].Status);
        Assert.Equal("trun"u8.ToArray(), received[0].Data);
        Assert.Equal(BackgroundResultKind.Ok, received[1].Kind);
        Assert.Equal("ok"u8.ToArray(), received[1].Data);
        Assert.True(op.IsActive);
    }

    [Fact]
    public void An_empty_datagram_is_delivered_as_empty_data()
    {
        var received = new List<ReadResult>();
        using var op = new BackgroundReceive(receiver, 10, loop, TimeSpan.Zero, received.Add);
        op.Start();
        sender.SendTo(ReadOnlySpan<byte>.Empty, receiver.LocalEndPoint!);
        Loopback.RunUntil(loop, () => received.Count == 1);
        Assert.Equal(BackgroundResultKind.Ok, received[0].Kind);
        Assert.Empty(received[0].Data);
    }

    [Fact]
    public void Timeout_ends_it_and_leaves_later_datagrams_for_plain_reads()
    {
        var received = new List<ReadResult>();
        using var op = new BackgroundReceive(receiver, 10, loop, TimeSpan.FromMilliseconds(150), received.Add);
        op.Start();
        Loopback.RunUntilIdle(loop);
        Assert.Equal([BackgroundResultKind.TimedOut], received.Select(r => r.Kind));

        sender.SendTo("after"u8, receiver.LocalEndPoint!);
        receiver.Blocking = true;
        Assert.Equal("after"u8.ToArray(), SocketReads.ReceiveFrom(receiver, 10).Data);
    }

    [Fact]
    public void Dispose_drops_queued_datagrams()
    {
        var calls = 0;
        var op = new BackgroundReceive(receiver, 10, loop, TimeSpan.Zero, _ => calls++);
        op.Start();
        sender.SendTo("x"u8, receiver.LocalEndPoint!);
        Loopback.WaitForPending(loop);
        op.Dispose();
        loop.RunFor(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        Assert.Equal(0, calls);
        Assert.Equal(0, loop.ArmedCount);
    }
}
