using Jsl.Runtime.Output;
using Jsl.Sockets;
using System.Net.Sockets;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Sockets;

/// <summary>
/// Issue 8, item 8, at the engine level: however a run ends (its end, an error, an error in a
/// callback, <c>Stop()</c>, <c>Quit()</c>, the host's cancellation wherever the script is), the
/// socket registry is empty and the operating system has closed every socket: the test process
/// lives on, so a leaked socket would still be open and the peer's checks would fail.
/// </summary>
public sealed class SocketsClosedOnEveryWayOutTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>What a run ended with, seen by the host.</summary>
    private sealed record Outcome(IReadOnlyList<string> Errors, bool Cancelled, int BackgroundErrors, bool Stopped, int OpenSockets, string Diagnostics);

    /// <summary>Runs <paramref name="ending"/> after the peer's opening as <c>jsl FILE</c> does; <paramref name="whileRunning"/> acts from outside once the sockets are open.</summary>
    private static Outcome Run(ScriptPeer peer, string ending, Action<Engine>? whileRunning = null, CancellationTokenSource? hostCancellation = null)
    {
        var diagnostics = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Synchronized(diagnostics));
        if (hostCancellation is not null) engine.Cancellation = hostCancellation.Token;
        IReadOnlyList<string> errors = [];
        var cancelled = false;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                engine.Evaluate(peer.Opening + ending, "way-out.jsl");
                engine.RunPending();
            }
            catch (JslScriptException e)
            {
                errors = e.Reports;
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 64 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        peer.WaitUntilOpen();
        whileRunning?.Invoke(engine);
        if (!thread.Join(Bound))
        {
            engine.CloseSockets();
            Assert.Fail($"the run did not end within {Bound.TotalSeconds} s");
        }
        Assert.Null(failure);
        var open = SocketRuntime.Find(engine.Interpreter)?.Registry.Count ?? 0;
        return new Outcome(errors, cancelled, engine.BackgroundErrorCount, engine.Stopped, open, diagnostics.ToString());
    }

    [Fact]
    public void The_end_of_the_run()
    {
        using var peer = new ScriptPeer();
        var outcome = Run(peer, "x = 1;");
        Assert.Empty(outcome.Errors);
        Assert.Equal(0, outcome.OpenSockets);
        peer.AssertEverySocketClosed();
    }

    [Fact]
    public void An_error_in_the_script()
    {
        using var peer = new ScriptPeer();
        var outcome = Run(peer, "Throw( \"boom\" );");
        Assert.Single(outcome.Errors);
        Assert.Equal(0, outcome.OpenSockets);
        peer.AssertEverySocketClosed();
    }

    [Fact]
    public void An_error_in_a_callback_with_the_accepted_socket_too()
    {
        using var peer = new ScriptPeer();
        Socket? client = null;
        var outcome = Run(peer, """
            lst << Accept Fast( Function( {r}, kept = r[4]; Throw( "in the callback" ) ) );
            """, _ => client = peer.ConnectToScript());
        using (client)
        {
            Assert.Empty(outcome.Errors);
            Assert.Equal(1, outcome.BackgroundErrors);
            Assert.Equal(0, outcome.OpenSockets);
            peer.AssertEverySocketClosed(client!);
        }
    }

    [Theory]
    [InlineData("Stop();")]
    [InlineData("Quit();")]
    [InlineData("lst << Accept Fast( Function( {r}, Stop() ) );")]
    public void Stop_and_quit(string ending)
    {
        using var peer = new ScriptPeer();
        Socket? client = null;
        var outcome = Run(peer, ending, _ => client = ending.Contains("Accept", StringComparison.Ordinal) ? peer.ConnectToScript() : null);
        using (client)
        {
            Assert.True(outcome.Stopped);
            Assert.Equal(0, outcome.OpenSockets);
            if (client is null) peer.AssertEverySocketClosed();
            else peer.AssertEverySocketClosed(client);
        }
    }

    /// <summary>The host cancels while the script is blocked, busy, waiting, in a callback, or idle after its end.</summary>
    [Theory]
    [InlineData("peer << Recv( 10 );", false)]
    [InlineData("k = 0; While( 1, k++ );", false)]
    [InlineData("Wait( 600 );", false)]
    [InlineData("udp << RecvFrom( 100, Function( {r}, 0 ) ); lst << Accept Fast( Function( {r}, While( 1, 1 ) ) ); Wait( 600 );", true)]
    [InlineData("lst << Accept Fast( Function( {r}, While( 1, 1 ) ) );", true)]
    [InlineData("udp << RecvFrom( 100, Function( {r}, 0 ) );", false)]
    [InlineData("Schedule( 0, While( 1, 1 ) );", false)]
    [InlineData("Schedule( 0, While( 1, 1 ) ); Wait( 600 );", false)]
    public void The_hosts_cancellation(string ending, bool connectFirst)
    {
        using var peer = new ScriptPeer();
        using var cancellation = new CancellationTokenSource();
        Socket? client = null;
        var outcome = Run(peer, ending, _ =>
        {
            if (connectFirst) client = peer.ConnectToScript();
            Thread.Sleep(200);
            cancellation.Cancel();
        }, cancellation);
        using (client)
        {
            // Cancelled in the main script: its error; after it, in the idle loop: OperationCanceledException.
            Assert.True(outcome.Cancelled || outcome.Errors.Any(e => e.Contains("The run was cancelled", StringComparison.Ordinal)), string.Join("\n", outcome.Errors) + "\n" + outcome.Diagnostics);
            Assert.True(outcome.BackgroundErrors == 0, outcome.Diagnostics);
            Assert.Equal(0, outcome.OpenSockets);
            if (client is null) peer.AssertEverySocketClosed();
            else peer.AssertEverySocketClosed(client);
        }
    }
}
