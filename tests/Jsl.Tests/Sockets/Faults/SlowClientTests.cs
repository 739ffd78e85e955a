using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Jsl.Tests.Sockets.Scripts;
using Jsl.Tests.Support;

namespace Jsl.Tests.Sockets.Faults;

/// <summary>
/// Issue 8, item 6: slow clients beside fast ones on one background server (the echo server
/// example). Slow clients trickle a byte at a time and read their echoes slowly; the fast ones'
/// round trips must not wait for them.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed partial class SlowClientTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [GeneratedRegex(@"port (\d+)")]
    private static partial Regex PortLine();

    [Fact]
    public async Task Fast_clients_are_not_held_up_by_slow_ones_on_one_background_server()
    {
        using var server = JslServerProcess.Start(Path.Combine(RepositoryPaths.Examples, "socket_echo_server.jsl"));
        var line = server.WaitForLine(l => PortLine().IsMatch(l), Bound);
        var port = int.Parse(PortLine().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
        using var cancellation = new CancellationTokenSource(Bound);
        using var slowDone = new CancellationTokenSource();

        // 20 slow clients: one byte every 200 ms, each echo read 100 ms after it could be.
        var slow = Enumerable.Range(0, 20).Select(i => Task.Run(() => SlowClient(port, slowDone.Token, cancellation.Token))).ToArray();
        await Task.Delay(500, cancellation.Token);

        // 20 fast clients: 100 round trips of 1 KB each.
        var clock = Stopwatch.StartNew();
        var fast = Enumerable.Range(0, 20).Select(i => Task.Run(() => FastClient(port, i, cancellation.Token))).ToArray();
        var slowest = (await Task.WhenAll(fast)).Max();
        var fastTime = clock.Elapsed;
        var slowStillRunning = slow.Count(t => !t.IsCompleted);

        await slowDone.CancelAsync();
        var trickled = await Task.WhenAll(slow);

        // 2,000 round trips behind 20 one-byte-per-200-ms clients: if a slow client held the
        // server, each fast round trip would wait for it.
        Assert.True(fastTime < TimeSpan.FromSeconds(15), $"the fast clients took {fastTime.TotalSeconds:F1} s (slowest round trip {slowest.TotalMilliseconds:F0} ms)");
        Assert.Equal(20, slowStillRunning);
        Assert.All(trickled, n => Assert.True(n > 0));
        Assert.Equal("", server.Stderr);
        server.Signal("TERM");
        Assert.Equal(143, server.WaitForExit(TimeSpan.FromSeconds(10)));
    }

    private static async Task<Socket> Connect(int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
        return socket;
    }

    /// <summary>Trickles bytes until <paramref name="done"/>; each echo must come back. Returns the bytes echoed.</summary>
    private static async Task<int> SlowClient(int port, CancellationToken done, CancellationToken cancellationToken)
    {
        using var socket = await Connect(port, cancellationToken);
        var echoed = 0;
        var one = new byte[1];
        while (!done.IsCancellationRequested)
        {
            one[0] = (byte)('a' + echoed % 26);
            await socket.SendAsync(one, SocketFlags.None, cancellationToken);
            await Task.Delay(100, cancellationToken);
            var back = new byte[1];
            Assert.Equal(1, await socket.ReceiveAsync(back, SocketFlags.None, cancellationToken));
            Assert.Equal(one[0], back[0]);
            echoed++;
            await Task.Delay(100, cancellationToken);
        }
        return echoed;
    }

    /// <summary>100 round trips of 1 KB; returns the slowest one.</summary>
    private static async Task<TimeSpan> FastClient(int port, int seed, CancellationToken cancellationToken)
    {
        using var socket = await Connect(port, cancellationToken);
        var random = new Random(seed);
        var data = new byte[1024];
        var back = new byte[1024];
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 100; i++)
        {
            random.NextBytes(data);
            var clock = Stopwatch.StartNew();
            await socket.SendAsync(data, SocketFlags.None, cancellationToken);
            for (var got = 0; got < back.Length;)
            {
                var n = await socket.ReceiveAsync(back.AsMemory(got), SocketFlags.None, cancellationToken);
                Assert.True(n > 0, "the server closed a fast client");
                got += n;
            }
            if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            Assert.True(back.AsSpan().SequenceEqual(data), $"fast client {seed}, round trip {i}: bytes differ");
        }
        return slowest;
    }
}
