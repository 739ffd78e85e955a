using System.Net;
using System.Net.Sockets;

namespace Jsl.Embedding.Tests;

/// <summary><see cref="Engine.Cancellation"/> stops a running script: a loop, a <c>Wait</c>, a blocking socket message.</summary>
public sealed class CancellationTests
{
    private static readonly TimeSpan CancelAfter = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void Cancelling_stops_an_endless_loop_with_a_cancelled_diagnostic()
    {
        var engine = new Engine(new CollectingLog());
        var diagnostic = CancelledRun(engine, "k = 0;\nWhile( 1, k++ );", "loop.jsl");
        Assert.Equal(JslDiagnosticKind.Cancelled, diagnostic.Kind);
        Assert.Equal("The run was cancelled", diagnostic.Message);
        Assert.Equal(("loop.jsl", 2), (diagnostic.File, diagnostic.Line));
        Assert.True(engine.GetGlobal("k")!.AsNumber() > 0);
    }

    [Fact]
    public void Try_does_not_catch_the_cancellation()
    {
        var diagnostic = CancelledRun(new Engine(new CollectingLog()), "Try( While( 1, 1 ), \"caught\" ); \"ran on\"", "try.jsl");
        Assert.Equal(JslDiagnosticKind.Cancelled, diagnostic.Kind);
    }

    [Fact]
    public void Cancelling_ends_a_long_Wait()
    {
        var diagnostic = CancelledRun(new Engine(new CollectingLog()), "Wait( 600 )", "wait.jsl");
        Assert.Equal((JslDiagnosticKind.Cancelled, 1, 1), (diagnostic.Kind, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Cancelling_ends_a_blocking_Recv_on_a_loopback_connection_that_never_sends()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var cancellation = new CancellationTokenSource();
        var log = new CollectingLog();
        var engine = new Engine(log) { Cancellation = cancellation.Token };
        engine.SetGlobal("port", ((IPEndPoint)listener.LocalEndpoint).Port);
        engine.RegisterFunction("Blocking Now", 0, _ =>
        {
            // The script is about to block: start the clock only now, so a slow connect cannot use it up.
            cancellation.CancelAfter(CancelAfter);
            return null;
        });
        var script = """
            s = Socket( STREAM );
            Print( s << Connect( "127.0.0.1", port ) );
            Blocking Now();
            s << Recv( 100 );
            """;
        var error = Bounded.Throws<JslScriptException>(() => engine.Evaluate(script, "recv.jsl"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(JslDiagnosticKind.Cancelled, diagnostic.Kind);
        Assert.Equal(4, diagnostic.Line);
        Assert.Equal(["{\"connect\", \"ok\"}"], log.Lines);
        engine.CloseSockets();
    }

    [Fact]
    public void A_step_limit_is_a_limit_diagnostic()
    {
        var engine = new Engine(new CollectingLog()) { StepLimit = 1000 };
        var error = Bounded.Throws<JslScriptException>(() => engine.Evaluate("While( 1, 1 )"));
        Assert.Equal(JslDiagnosticKind.Limit, error.Diagnostics[0].Kind);
        Assert.Equal("The run exceeded its limit of 1000 steps", error.Diagnostics[0].Message);
    }

    /// <summary>Runs <paramref name="script"/> with a token cancelled after <see cref="CancelAfter"/>; the one diagnostic it ends with.</summary>
    private static JslDiagnostic CancelledRun(Engine engine, string script, string fileName)
    {
        using var cancellation = new CancellationTokenSource();
        engine.Cancellation = cancellation.Token;
        cancellation.CancelAfter(CancelAfter);
        var error = Bounded.Throws<JslScriptException>(() => engine.Evaluate(script, fileName));
        return Assert.Single(error.Diagnostics);
    }
}
