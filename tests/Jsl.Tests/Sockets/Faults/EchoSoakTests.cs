using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Jsl.Tests.Sockets.Scripts;
using Jsl.Tests.Support;
using Xunit.Abstractions;

namespace Jsl.Tests.Sockets.Faults;

/// <summary>
/// Issue 8, item 6, the soak: many connections × many messages of random sizes, each framed with
/// its length and a checksum, through the echo server example (background Accept Fast and Recv
/// in jsl). Zero bytes lost or reordered; the server's descriptors back to their count before
/// the clients came; its resident memory after the second half of the run within 10% of that
/// after the first half. 50 × 500 here; <c>JSL_SOAK=1</c> runs 200 × 2,000 (400,000 messages).
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed partial class EchoSoakTests(ITestOutputHelper output)
{
    private static bool Long => Environment.GetEnvironmentVariable("JSL_SOAK") == "1";

    [GeneratedRegex(@"port (\d+)")]
    private static partial Regex PortLine();

    [Fact]
    public async Task Connections_exchanging_checksummed_messages_lose_nothing_and_leave_no_descriptor_or_memory_behind()
    {
        var (connections, messages) = Long ? (200, 2000) : (50, 500);
        var bound = Long ? TimeSpan.FromMinutes(30) : TimeSpan.FromMinutes(4);
        using var server = JslServerProcess.Start(Path.Combine(RepositoryPaths.Examples, "socket_echo_server.jsl"));
        var line = server.WaitForLine(l => PortLine().IsMatch(l), TimeSpan.FromSeconds(60));
        var port = int.Parse(PortLine().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
        var baseline = server.SocketDescriptorCount();
        var baselineAll = server.DescriptorCount();

        using var cancellation = new CancellationTokenSource(bound);
        long firstHalf = 0;
        // Every client pauses at half way, so the first sample sees the whole first half done.
        // Both samples wait for the server's idle collection (the loop collects once it has been
        // quiet a while), so they compare what stays, not where each caught the garbage.
        using var halfway = new Barrier(connections, _ => firstHalf = QuietResidentKilobytes(server));
        var clients = Enumerable.Range(0, connections)
            .Select(i => Task.Run(() => Client(port, seed: i, messages, halfway, cancellation.Token)))
            .ToArray();
        var bytes = (await Task.WhenAll(clients)).Sum();
        var secondHalf = QuietResidentKilobytes(server);

        var descriptors = server.SocketDescriptorCount();
        for (var waited = 0; descriptors != baseline && waited < 100; waited++)
        {
            await Task.Delay(100);
            descriptors = server.SocketDescriptorCount();
        }
        output.WriteLine($"{connections} connections x {messages} messages, {bytes} bytes echoed; socket descriptors {baseline} before, {descriptors} after " +
            $"(all descriptors {baselineAll} before, {server.DescriptorCount()} after); VmRSS {firstHalf} kB after the first half, {secondHalf} kB after the second");

        Assert.Equal("", server.Stderr);
        Assert.Equal(baseline, descriptors);
        Assert.True(secondHalf <= firstHalf * 1.10, $"VmRSS grew from {firstHalf} kB to {secondHalf} kB");
        server.Signal("TERM");
        Assert.Equal(143, server.WaitForExit(TimeSpan.FromSeconds(10)));
    }

    private static long QuietResidentKilobytes(JslServerProcess server)
    {
        Thread.Sleep(4 * Jsl.Runtime.Scheduling.IdleCollection.QuietMilliseconds);
        return server.ResidentKilobytes();
    }

    /// <summary>
    /// One connection: <paramref name="messages"/> frames of 1 to 4,096 random bytes, each
    /// <c>[length][payload][FNV-1a of payload]</c>, sent one at a time and read back whole;
    /// fails on the first byte that differs. Returns the bytes echoed.
    /// </summary>
    private static async Task<long> Client(int port, int seed, int messages, Barrier halfway, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
        var frame = new byte[4 + 4096 + 4];
        var echoed = new byte[frame.Length];
        long total = 0;
        for (var m = 0; m < messages; m++)
        {
            if (m == messages / 2) halfway.SignalAndWait(cancellationToken);
            var size = 1 + random.Next(4096);
            var length = 4 + size + 4;
            BinaryPrimitives.WriteInt32BigEndian(frame, size);
            random.NextBytes(frame.AsSpan(4, size));
            BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4 + size), Fnv1a(frame.AsSpan(4, size)));
            await SendAll(socket, frame.AsMemory(0, length), cancellationToken);
            await ReceiveExactly(socket, echoed.AsMemory(0, length), cancellationToken, $"connection {seed}, message {m}");
            var echoedSize = BinaryPrimitives.ReadInt32BigEndian(echoed);
            Assert.True(echoedSize == size, $"connection {seed}, message {m}: length {echoedSize} came back for {size}");
            Assert.True(BinaryPrimitives.ReadUInt32BigEndian(echoed.AsSpan(4 + size)) == Fnv1a(echoed.AsSpan(4, size)), $"connection {seed}, message {m}: checksum mismatch");
            Assert.True(echoed.AsSpan(0, length).SequenceEqual(frame.AsSpan(0, length)), $"connection {seed}, message {m}: bytes differ");
            total += length;
        }
        socket.Shutdown(SocketShutdown.Send);
        var tail = await socket.ReceiveAsync(new byte[1], SocketFlags.None, cancellationToken);
        Assert.True(tail == 0, $"connection {seed}: bytes after the last echo");
        return total;
    }

    private static async Task SendAll(Socket socket, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (data.Length > 0) data = data[await socket.SendAsync(data, SocketFlags.None, cancellationToken)..];
    }

    private static async Task ReceiveExactly(Socket socket, Memory<byte> into, CancellationToken cancellationToken, string context)
    {
        while (into.Length > 0)
        {
            var n = await socket.ReceiveAsync(into, SocketFlags.None, cancellationToken);
            Assert.True(n > 0, $"{context}: the server closed before echoing everything");
            into = into[n..];
        }
    }

    private static uint Fnv1a(ReadOnlySpan<byte> data)
    {
        var hash = 2166136261u;
        foreach (var b in data) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
