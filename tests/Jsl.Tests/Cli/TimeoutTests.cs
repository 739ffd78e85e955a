using System.Net;
using System.Net.Sockets;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Cli;

/// <summary>
/// <c>jsl --timeout SECONDS</c> (docs/cli.md): wherever the run is when the time is up, it stops
/// with one line on stderr and status 124, as timeout(1).
/// </summary>
public sealed class TimeoutTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly ScriptFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A listener of the script's own, a client connected to it and the accepted end: a peer that never sends.</summary>
    private const string Pair = """
        server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen();
        port = (server << GetSockName)[4];
        c = Socket(); c << Connect( "127.0.0.1", port );
        peer = (server << Accept())[4];
        """;

    /// <summary>Where the run is when the time is up, and whether the main script has ended by then (the idle loop).</summary>
    public static TheoryData<string, string, bool> Places => new()
    {
        { "a busy loop", "k = 0; While( 1, k++ );", false },
        { "a busy loop of straight calls", "f = Function( {}, 1 ); While( 1, f() );", false },
        { "a blocking Recv", Pair + "c << Recv( 10 );", false },
        { "a blocking RecvFrom", "u = Socket( DGRAM ); u << Bind( \"127.0.0.1\", \"0\" ); u << RecvFrom( 10 );", false },
        { "a blocking Accept", "server = Socket(); server << Bind( \"127.0.0.1\", \"0\" ); server << Listen(); server << Accept();", false },
        { "a blocking Send to a peer that never reads", Pair + "data = Char To Blob( Repeat( \"x\", 20000000 ) ); c << Send( data );", false },
        { "Wait", "Wait( 600 );", false },
        { "a callback", Pair + "server << Accept Fast( Function( {r}, While( 1, 1 ) ) ); s = Socket(); s << Connect( \"127.0.0.1\", port ); Wait( 600 );", false },
        { "a callback in the idle loop", Pair + "server << Accept Fast( Function( {r}, While( 1, 1 ) ) ); s = Socket(); s << Connect( \"127.0.0.1\", port );", true },
        { "the idle loop after the script", Pair + "c << Recv( 10, Function( {r}, Print( r ) ) );", true },
        { "a pending Schedule", "Schedule( 600, Print( \"late\" ) );", true },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void The_run_stops_with_124_and_one_line(string place, string script, bool idle)
    {
        var path = folder.Write("run.jsl", "Print( \"started\" );\n" + script + "\nPrint( \"main script ended\" );\n");
        var result = JslProcess.Run(Limit, "--timeout", "1.5", path);
        Assert.True(result.ExitCode == 124, $"{place}: exit {result.ExitCode}\nstderr:\n{result.Stderr}");
        Assert.Equal("jsl: the run timed out after 1.5 s\n", result.Stderr);
        Assert.Equal(idle ? "\"started\"\n\"main script ended\"\n" : "\"started\"\n", result.Stdout);
    }

    [SkippableFact]
    public void A_blocking_connect_to_a_listener_whose_queue_is_full()
    {
        // A listener that never accepts, its queue filled: Linux drops further SYNs, so a Connect waits.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var fillers = new List<Socket>();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
            while (fillers.Count < 16)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(filler);
                if (!filler.ConnectAsync(IPAddress.Loopback, port).Wait(TimeSpan.FromMilliseconds(300))) break;
            }
            Skip.If(fillers.Count == 16, "the listener's queue did not fill (no pending connect to time out)");
            var result = JslProcess.Run(Limit, "--timeout", "1.5", "-e", $"Print( \"started\" ); s = Socket(); s << Connect( \"127.0.0.1\", \"{port}\" ); Print( \"connected\" )");
            Assert.Equal(124, result.ExitCode);
            Assert.Equal("jsl: the run timed out after 1.5 s\n", result.Stderr);
            Assert.Equal("\"started\"\n", result.Stdout);
        }
        finally
        {
            foreach (var filler in fillers) filler.Dispose();
        }
    }

    [Theory]
    [InlineData(null, 124)]
    [InlineData("TERM", 143)]
    public void A_run_stuck_where_nothing_looks_at_the_stop_still_ends_after_the_grace_period(string? signal, int status)
    {
        // Opening a named pipe that no one writes blocks in the kernel, where no token is looked at.
        var fifo = Path.Combine(folder.Root, "never-written");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            Assert.True(mkfifo.WaitForExit(10_000) && mkfifo.ExitCode == 0, "mkfifo failed");
        }
        var path = folder.Write("stuck.jsl", $"Print( \"stuck\" ); Load Text File( \"{fifo}\" ); Print( \"read\" );\n");
        string[] options = signal is null ? ["--timeout", "1"] : [];
        using var jsl = global::Jsl.Tests.Sockets.Scripts.JslServerProcess.Start(path, null, options);
        jsl.WaitForLine(l => l == "\"stuck\"", Limit);
        if (signal is not null) jsl.Signal(signal);
        Assert.Equal(status, jsl.WaitForExit(Limit));
        Assert.Equal(signal is null ? "jsl: the run timed out after 1 s\n" : "", jsl.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_that_ends_in_time_is_not_held_back_and_says_nothing()
    {
        var started = DateTime.UtcNow;
        var result = JslProcess.Run(Limit, "--timeout", "50", "-e", "Print( 1 + 1 )");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal("2\n", result.Stdout);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(45), "the run waited for its timeout");
    }

    [Fact]
    public void The_timeout_outranks_the_error_it_causes_and_a_whole_number_prints_without_a_point()
    {
        // The script catches everything it can; the timeout's error is not catchable.
        var result = JslProcess.Run(Limit, "--timeout", "1", "-e", "Try( While( 1, 1 ), Print( \"caught\" ) )");
        Assert.Equal(124, result.ExitCode);
        Assert.Equal("jsl: the run timed out after 1 s\n", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("")]
    public void A_bad_timeout_is_a_usage_error_of_one_line(string value)
    {
        var result = JslProcess.Run(Limit, "--timeout", value, "-e", "Print( \"ran\" )");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"jsl: --timeout {value}: SECONDS must be a number above 0 (fractions allowed), at most 4294967\n", result.Stderr);
    }

    [Fact]
    public void The_timeout_is_an_option_only_before_the_script()
    {
        var path = folder.Write("args.jsl", "Print( Script Arguments() );\n");
        var result = JslProcess.Run(Limit, path, "--timeout", "1");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"--timeout\", \"1\"}\n", result.Stdout);
    }
}
