using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Xunit;

namespace Jsl.Tests.Sockets.Background;

/// <summary>Loopback sockets on port 0 and bounded waits for the background tests.</summary>
internal static class Loopback
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Whether this machine has an IPv6 loopback to bind (a container may have none).</summary>
    public static bool HasIpv6()
    {
        if (!Socket.OSSupportsIPv6) return false;
        try
        {
            using var probe = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.IPv6Loopback, 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static Socket Listener()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        return listener;
    }

    public static (Socket Client, Socket Server) Pair(Socket listener)
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.Connect(listener.LocalEndPoint!);
        var server = listener.Accept();
        server.NoDelay = true;
        return (client, server);
    }

    public static Socket Udp()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    /// <summary>Drains the loop until <paramref name="done"/> holds; fails after <see cref="Bound"/>.</summary>
    public static void RunUntil(EventLoop loop, Func<bool> done)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(watch.Elapsed < Bound, "timed out waiting for a background completion");
            loop.RunFor(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
    }

    /// <summary>Waits (without draining) until the loop has something queued.</summary>
    public static void WaitForPending(EventLoop loop)
    {
        var watch = Stopwatch.StartNew();
        while (loop.PendingCount == 0)
        {
            Assert.True(watch.Elapsed < Bound, "timed out waiting for a completion to be posted");
            Thread.Sleep(5);
        }
    }

    /// <summary>RunUntilIdle on the test thread, bounded by cancellation.</summary>
    public static void RunUntilIdle(EventLoop loop)
    {
        using var cts = new CancellationTokenSource(Bound);
        loop.RunUntilIdle(cts.Token);
    }
}
