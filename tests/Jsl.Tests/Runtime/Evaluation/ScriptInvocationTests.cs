using Jsl.Runtime.Output;
using Jsl.Runtime.Values;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>What a host gives a script (its arguments) and gets back (the status <c>Quit(n)</c> asked for).</summary>
public sealed class ScriptInvocationTests
{
    private static Engine NewEngine() => new(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);

    [Fact]
    public void Script_arguments_are_the_hosts_list_as_strings()
    {
        var engine = NewEngine();
        engine.ScriptArguments = ["a", "", "--x"];
        Assert.Equal("{\"a\", \"\", \"--x\"}", Engine.Format(engine.EvaluateValue("Script Arguments()")));
    }

    [Fact]
    public void Each_call_returns_a_list_of_its_own()
    {
        var engine = NewEngine();
        engine.ScriptArguments = ["a"];
        Assert.Equal("{\"a\"}", Engine.Format(engine.EvaluateValue("l = Script Arguments(); Insert Into( l, \"b\" ); Script Arguments()")));
    }

    [Fact]
    public void Quit_with_a_number_is_the_requested_status_and_stops_the_run()
    {
        var engine = NewEngine();
        var value = engine.Evaluate("x = 1; Quit( 9 ); x = 2");
        Assert.True(value.IsEmpty);
        Assert.True(engine.Stopped);
        Assert.Equal(9, engine.RequestedExitStatus);
        Assert.Equal("1", Engine.Format(engine.EvaluateValue("x")));
    }

    [Fact]
    public void Stop_requests_status_0()
    {
        var engine = NewEngine();
        engine.Evaluate("Stop()");
        Assert.True(engine.Stopped);
        Assert.Equal(0, engine.RequestedExitStatus);
    }
}
