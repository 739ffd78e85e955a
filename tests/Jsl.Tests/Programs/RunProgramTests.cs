using System.Diagnostics;
using Jsl.Runtime.Output;
using Jsl.Tests.Sockets.Scripts;

namespace Jsl.Tests.Programs;

/// <summary>
/// Run Program's background side: read functions after the main script, a failing read function,
/// a cancelled blocking run, and programs killed when the run ends. Every run is bounded in time.
/// </summary>
public sealed class RunProgramTests
{
    [Fact]
    public void The_run_waits_after_the_script_for_output_a_read_function_takes()
    {
        var run = ScriptRun.Ok("""
            Run Program(
                Executable( "sh" ),
                Options( {"-c", "sleep 0.3; echo late"} ),
                Read Function( Function( {this}, Write( this << Read ) ) )
            );
            Print( "script done" );
            """);
        Assert.Equal(["\"script done\"", "late"], run.Lines);
    }

    [Fact]
    public void A_read_function_that_fails_is_reported_and_the_run_still_ends()
    {
        var run = ScriptRun.Run("""
            Run Program( Executable( "sh" ), Options( {"-c", "echo a; sleep 0.2; echo b"} ), Read Function( Function( {this}, this << Read; nosuch + 1 ) ) );
            """);
        Assert.Empty(run.Errors);
        Assert.Equal(1, run.BackgroundErrors);
        Assert.Contains("Name Unresolved: nosuch", run.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_the_run_ends_a_blocking_run_program()
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), new StringWriter());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        engine.Cancellation = cancel.Token;
        var clock = Stopwatch.StartNew();
        var error = await Task.Run(() => Assert.Throws<JslScriptException>(() =>
            engine.Evaluate("""Run Program( Executable( "sleep" ), Options( {"30"} ), Read Function( "text" ) );"""))).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("The run was cancelled", string.Join("\n", error.Reports), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_uncaught_error_kills_the_programs_the_run_started()
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), new StringWriter());
        Assert.Throws<JslScriptException>(() => engine.Evaluate("""::rp = Run Program( Executable( "sleep" ), Options( {"30"} ) ); nosuch + 1;"""));
        var code = engine.Evaluate("For( i = 1, i <= 1000 & Is Missing( ::rp << Get Exit Code ), i++, Wait( 0.01 ) ); ::rp << Get Exit Code");
        Assert.Equal("137", Engine.Format(code.Inner));
    }

    [Fact]
    public void Close_sockets_from_another_thread_kills_running_programs_too()
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), new StringWriter());
        engine.Evaluate("""::rp = Run Program( Executable( "sleep" ), Options( {"30"} ) );""");
        var closer = new Thread(engine.CloseSockets);
        closer.Start();
        Assert.True(closer.Join(TimeSpan.FromSeconds(10)));
        var code = engine.Evaluate("For( i = 1, i <= 1000 & Is Missing( ::rp << Get Exit Code ), i++, Wait( 0.01 ) ); ::rp << Get Exit Code");
        Assert.Equal("137", Engine.Format(code.Inner));
    }

    [Fact]
    public void A_write_function_holds_a_conversation_with_a_shell()
    {
        var run = ScriptRun.Ok("""
            commands = {"echo first\!n", "echo second\!n", "exit 4\!n"};
            icommand = 0;
            rp = Run Program(
                Executable( "sh" ),
                Read Function( Function( {this}, Write( this << Read ) ) ),
                Write Function( Function( {this},
                    icommand++;
                    If( icommand <= N Items( commands ), this << Write( commands[icommand] ), this << Write EOF );
                ) )
            );
            """);
        Assert.Equal(["first", "second"], run.Lines);
        Assert.Equal("4", Engine.Format(run.Engine.EvaluateValue("For( i = 1, i <= 1000 & Is Missing( rp << Get Exit Code ), i++, Wait( 0.01 ) ); rp << Get Exit Code")));
    }
}
