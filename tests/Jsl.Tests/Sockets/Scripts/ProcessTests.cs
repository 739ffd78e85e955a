using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// The <c>jsl</c> command as a server: the echo server example under 1,000 concurrent clients,
/// an idle runtime with 1,000 armed sockets, and the signals that end it.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed partial class ProcessTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly string directory = Directory.CreateTempSubdirectory("jsl-sockets-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [GeneratedRegex(@"port (\d+)")]
    private static partial Regex PortLine();

    private static string EchoServer => Path.Combine(RepositoryPaths.Examples, "socket_echo_server.jsl");

    [Theory]
    [InlineData("readiness")]
    [InlineData("async")]
    public async Task The_echo_server_example_echoes_every_byte_to_1000_concurrent_clients(string eventLoop)
    {
        // Both paths of the loop: the epoll set on the script's thread, and .NET's (JSL_EVENT_LOOP=async).
        using var server = JslServerProcess.Start(EchoServer, new Dictionary<string, string> { ["JSL_EVENT_LOOP"] = eventLoop });
        var line = server.WaitForLine(l => PortLine().IsMatch(l), Bound);
        var port = int.Parse(PortLine().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        using var cancellation = new CancellationTokenSource(Bound);
        var clients = Enumerable.Range(0, 1000).Select(i => EchoClient(port, i, cancellation.Token)).ToArray();
        var echoed = await Task.WhenAll(clients);
        Assert.All(echoed, Assert.True);
        Assert.Equal("", server.Stderr);

        server.Signal("TERM");
        Assert.Equal(143, server.WaitForExit(TimeSpan.FromSeconds(10)));
    }

    /// <summary>Sends a few KB of seeded random bytes while reading them back; true when every byte matches.</summary>
    private static async Task<bool> EchoClient(int port, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var data = new byte[1000 + random.Next(20_000)];
        random.NextBytes(data);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
        var sending = Task.Run(async () =>
        {
            for (var sent = 0; sent < data.Length;)
            {
                var chunk = Math.Min(1 + random.Next(4096), data.Length - sent);
                sent += await socket.SendAsync(data.AsMemory(sent, chunk), SocketFlags.None, cancellationToken);
            }
        }, cancellationToken);
        var received = new byte[data.Length];
        var count = 0;
        while (count < data.Length)
        {
            var n = await socket.ReceiveAsync(received.AsMemory(count), SocketFlags.None, cancellationToken);
            if (n == 0) break;
            count += n;
        }
        await sending;
        socket.Shutdown(SocketShutdown.Send);
        // After our close the server closes too: the connection ends with nothing more.
        var tail = await socket.ReceiveAsync(new byte[1], SocketFlags.None, cancellationToken);
        return count == data.Length && tail == 0 && received.AsSpan().SequenceEqual(data);
    }

    [Fact]
    public async Task The_echo_server_example_keeps_answering_others_while_one_client_does_not_read()
    {
        using var server = JslServerProcess.Start(EchoServer);
        var line = server.WaitForLine(l => PortLine().IsMatch(l), Bound);
        var port = int.Parse(PortLine().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var cancellation = new CancellationTokenSource(Bound);

        // A client that sends 600 KB and reads nothing for a while: its echo cannot all fit in the
        // socket buffers, so the server's Send is partial. A callback that waited for it would stall
        // every other client; the example keeps the rest and goes on.
        using var slow = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await slow.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellation.Token);
        var data = new byte[600_000];
        new Random(7).NextBytes(data);
        var sending = slow.SendAsync(data, SocketFlags.None, cancellation.Token).AsTask();
        await Task.Delay(500, cancellation.Token);

        using var quick = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await quick.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellation.Token);
        for (var i = 0; i < 20; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await quick.SendAsync("ping"u8.ToArray(), SocketFlags.None, cancellation.Token);
            var answer = new byte[4];
            for (var got = 0; got < 4;) got += await quick.ReceiveAsync(answer.AsMemory(got), SocketFlags.None, cancellation.Token);
            Assert.Equal("ping"u8.ToArray(), answer);
            // Generous for a loaded machine; a stalled loop would not answer at all while the slow client is unread.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"echo {i} took {watch.Elapsed}");
        }

        var received = new byte[data.Length];
        for (var count = 0; count < data.Length;)
        {
            var n = await slow.ReceiveAsync(received.AsMemory(count), SocketFlags.None, cancellation.Token);
            Assert.NotEqual(0, n);
            count += n;
        }
        await sending;
        Assert.True(received.AsSpan().SequenceEqual(data), "the slow client's bytes came back changed");
        Assert.Equal("", server.Stderr);
        server.Signal("TERM");
        Assert.Equal(143, server.WaitForExit(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void An_idle_runtime_with_1000_armed_sockets_uses_almost_no_cpu_and_few_threads()
    {
        var script = Path.Combine(directory, "idle.jsl");
        File.WriteAllText(script, """
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen();
            port = (server << GetSockName)[4];
            onData = Function( {r}, Print( r ) );
            For( i = 1, i <= 1000, i++,
                c = Socket(); c << Connect( "127.0.0.1", port );
                a = server << Accept Fast();
                a[4] << Recv( 100, "onData" );
            );
            Print( "armed" );
            """);
        using var jsl = JslServerProcess.Start(script);
        jsl.WaitForLine(l => l == "\"armed\"", Bound);
        Thread.Sleep(500);
        var before = jsl.CpuTime();
        Thread.Sleep(2000);
        var used = jsl.CpuTime() - before;
        var threads = jsl.ThreadCount();
        Assert.True(used < TimeSpan.FromMilliseconds(200), $"{used.TotalMilliseconds} ms of CPU in 2 s idle");
        Assert.True(threads < 40, $"{threads} threads");

        jsl.Signal("INT");
        Assert.Equal(130, jsl.WaitForExit(TimeSpan.FromSeconds(10)));
        Assert.Equal("", jsl.Stdout.Replace("\"armed\"", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public void A_signal_ends_a_script_blocked_in_a_plain_recv()
    {
        var script = Path.Combine(directory, "blocked.jsl");
        File.WriteAllText(script, """
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen();
            c = Socket(); c << Connect( "127.0.0.1", (server << GetSockName)[4] );
            Print( "blocking" );
            Print( c << Recv( 10 ) );
            """);
        using var jsl = JslServerProcess.Start(script);
        jsl.WaitForLine(l => l == "\"blocking\"", Bound);
        Thread.Sleep(300);
        jsl.Signal("TERM");
        Assert.Equal(143, jsl.WaitForExit(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_failed_callback_makes_the_exit_status_1_and_is_reported_with_its_position()
    {
        var script = Path.Combine(directory, "failing.jsl");
        File.WriteAllText(script, """
            u = Socket( DGRAM ); u << Bind( "127.0.0.1", "0" );
            onData = Function( {r},
                x = 1 + "a"
            );
            u << RecvFrom( 10, "onData" );
            Socket( DGRAM ) << SendTo( "127.0.0.1", (u << GetSockName)[4], "x" );
            """);
        var result = JslProcess.Run(Bound, script);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(script + ":3:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_goes_to_stderr_for_jsl_trace_file()
    {
        var script = Path.Combine(directory, "traced.jsl");
        File.WriteAllText(script, "s = Socket();\ns << Bind( \"127.0.0.1\", \"0\" );\ns << Close();\n");
        var result = JslProcess.Run(Bound, "--trace", script);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^\d\d:\d\d:\d\d\.\d{3} .*traced\.jsl:2:1 socket#1 << Bind\(""127\.0\.0\.1"", ""0""\) -> \{""bind"", ""ok""\}$", lines[0]);
        Assert.EndsWith("traced.jsl:3:1 socket#1 << Close() -> {\"close\", \"ok\"}", lines[1], StringComparison.Ordinal);
    }
}

/// <summary>The process tests measure CPU and threads: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTestCollection
{
    public const string Name = "jsl processes";
}
