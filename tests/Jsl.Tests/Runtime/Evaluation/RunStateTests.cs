using Jsl.Builtins;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Output;
using Jsl.Sockets;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>Each run keeps its own typed state: the engine's loop, sockets, files, random numbers.</summary>
public sealed class RunStateTests
{
    private static Interpreter BareInterpreter() => new(BuiltinCatalog.CreateDefault(), new Log(new TextWriterLogSink(TextWriter.Null)));

    [Fact]
    public void An_engine_gives_its_interpreter_the_loop_that_Wait_pumps()
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        Assert.NotNull(engine.Interpreter.State.Loop);
        Assert.Null(BareInterpreter().State.Loop);
    }

    [Fact]
    public void Sockets_on_a_bare_interpreter_make_its_loop_once()
    {
        var interpreter = BareInterpreter();
        var sockets = SocketRuntime.For(interpreter);
        Assert.Same(interpreter.State.Loop, sockets.Loop);
        Assert.Same(sockets, SocketRuntime.For(interpreter));
        Assert.Same(sockets, SocketRuntime.Find(interpreter));
    }

    [Fact]
    public void Two_engines_do_not_share_file_settings_or_random_sequences()
    {
        var first = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        var second = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        first.Evaluate("Set Path Variable( \"ONLY_FIRST\", \"/tmp/\" ); Random Reset( 7 );");
        Assert.True(first.Interpreter.State.Files.PathVariables.ContainsKey("ONLY_FIRST"));
        Assert.False(second.Interpreter.State.Files.PathVariables.ContainsKey("ONLY_FIRST"));
        second.Evaluate("Random Reset( 7 );");
        Assert.Equal(Engine.Format(first.EvaluateValue("Random Uniform()")), Engine.Format(second.EvaluateValue("Random Uniform()")));
    }

    [Fact]
    public void Wait_without_a_loop_still_returns()
    {
        var interpreter = BareInterpreter();
        var parsed = Jsl.Syntax.JslParser.Parse("Wait( 0.01 ); Wait( -0.01 ); 1", "t.jsl");
        var result = interpreter.Eval(parsed.Root, Jsl.Runtime.Scopes.Scope.ForScript(interpreter.Globals, "t.jsl"));
        Assert.Equal("1", Engine.Format(result));
    }
}
