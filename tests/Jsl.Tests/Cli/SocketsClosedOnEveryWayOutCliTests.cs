using System.Net.Sockets;
using Jsl.Tests.Sockets.Scripts;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Cli;

/// <summary>
/// Issue 8, item 8, through <c>jsl FILE</c>: every way a run ends closes the script's connection
/// (its peer reads end of stream), its listener (a connect is refused) and its datagram socket
/// (the port is free again), with the documented exit status and nothing stray on stderr. The
/// operating system would close them at the process's exit anyway; the engine-level twin of this
/// test (<c>Sockets/SocketsClosedOnEveryWayOutTests</c>) is the one a leak inside a living
/// process fails.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed class SocketsClosedOnEveryWayOutCliTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly ScriptFolder folder = new();

    public void Dispose() => folder.Dispose();

    private int RunAndEnd(ScriptPeer peer, string ending, Action<JslServerProcess>? fromOutside = null, bool connect = false, params string[] options)
    {
        var path = folder.Write("way-out.jsl", peer.Opening + "Print( \"open\" );\n" + ending + "\n");
        using var jsl = JslServerProcess.Start(path, null, options);
        peer.WaitUntilOpen();
        jsl.WaitForLine(l => l == "\"open\"", Bound);
        using var client = connect ? peer.ConnectToScript() : null;
        fromOutside?.Invoke(jsl);
        var status = jsl.WaitForExit(Bound);
        if (client is null) peer.AssertEverySocketClosed();
        else peer.AssertEverySocketClosed(client);
        Assert.True(!jsl.Stderr.Contains("   at ", StringComparison.Ordinal), jsl.Stderr);
        return status;
    }

    [Fact]
    public void The_end_of_the_script()
    {
        using var peer = new ScriptPeer();
        Assert.Equal(0, RunAndEnd(peer, "x = 1;"));
    }

    [Fact]
    public void An_error_in_the_script()
    {
        using var peer = new ScriptPeer();
        Assert.Equal(1, RunAndEnd(peer, "Throw( \"boom\" );"));
    }

    [Fact]
    public void An_error_in_a_callback()
    {
        using var peer = new ScriptPeer();
        Assert.Equal(1, RunAndEnd(peer, "lst << Accept Fast( Function( {r}, kept = r[4]; Throw( \"in the callback\" ) ) );", connect: true));
    }

    [Theory]
    [InlineData("Stop();", 0)]
    [InlineData("Quit();", 0)]
    [InlineData("Quit( 7 );", 7)]
    public void Stop_and_quit(string ending, int status)
    {
        using var peer = new ScriptPeer();
        Assert.Equal(status, RunAndEnd(peer, ending));
    }

    [Theory]
    [InlineData("INT", 130, "peer << Recv( 10 );")]
    [InlineData("TERM", 143, "peer << Recv( 10 );")]
    [InlineData("INT", 130, "udp << RecvFrom( 10, Function( {r}, 0 ) );")]
    [InlineData("TERM", 143, "k = 0; While( 1, k++ );")]
    public void A_signal(string signal, int status, string ending)
    {
        using var peer = new ScriptPeer();
        Assert.Equal(status, RunAndEnd(peer, ending, jsl => jsl.Signal(signal)));
    }

    [Theory]
    [InlineData("peer << Recv( 10 );")]
    [InlineData("udp << RecvFrom( 10, Function( {r}, 0 ) );")]
    public void The_timeout(string ending)
    {
        using var peer = new ScriptPeer();
        Assert.Equal(124, RunAndEnd(peer, ending, options: ["--timeout", "2"]));
    }
}
