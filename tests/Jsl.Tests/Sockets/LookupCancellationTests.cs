namespace Jsl.Tests.Sockets;

/// <summary>
/// A name lookup the script waits for (Get Addr Info, Get Name Info, a Connect or Bind to a
/// name) hands the host's cancellation token to the resolver: cancelling the run ends it with the
/// cancellation error at the call, not after the resolver's own limit.
/// </summary>
public sealed class LookupCancellationTests
{
    [Theory]
    [InlineData("Get Addr Info( \"slow.test\", 80 )")]
    [InlineData("Get Name Info( \"192.0.2.7\" )")]
    [InlineData("s = Socket(); s << Connect( \"slow.test\", 80 )")]
    [InlineData("s = Socket( DGRAM ); s << SendTo( \"slow.test\", 9, \"x\" )")]
    public async Task Cancelling_the_run_ends_a_slow_lookup_with_the_cancellation_error(string script)
    {
        var resolver = new FakeNameResolver { Delay = TimeSpan.FromMinutes(10) }.AddHost("slow.test", "127.0.0.1");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null) { Cancellation = cancellation.Token };
        engine.Interpreter.State.NameResolver = resolver;
        var run = Task.Factory.StartNew(() => Assert.Throws<JslScriptException>(() => engine.Evaluate(script, "lookup.jsl")), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var error = await run.WaitAsync(TimeSpan.FromSeconds(30));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((JslDiagnosticKind.Cancelled, "The run was cancelled"), (diagnostic.Kind, diagnostic.Message));
    }
}
