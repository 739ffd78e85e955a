using Jsl.Runtime.Output;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>
/// The interactive session's runs share one Here namespace (<see cref="Engine.OneHereAcrossRuns"/>);
/// separate scripts run in one engine each have their own.
/// </summary>
public sealed class SessionScopeTests
{
    private static Engine NewEngine(bool oneHere) => new(new TextWriterLogSink(TextWriter.Null), TextWriter.Null) { OneHereAcrossRuns = oneHere };

    [Fact]
    public void Names_default_to_here_in_one_run_holds_for_the_next_in_a_session()
    {
        var engine = NewEngine(oneHere: true);
        engine.Evaluate("Names Default To Here( 1 ); y = 5;", "repl");
        Assert.Equal("5", Engine.Format(engine.EvaluateValue("y", "repl")));
        engine.Evaluate("z = 7;", "repl");
        // z went to the session's Here, not to globals.
        Assert.Equal("7", Engine.Format(engine.EvaluateValue("z", "repl")));
        Assert.Equal("1", Engine.Format(engine.EvaluateValue("Is Empty( Global:z )", "repl")));
    }

    [Fact]
    public void Separate_scripts_each_have_their_own_here()
    {
        var engine = NewEngine(oneHere: false);
        engine.Evaluate("Names Default To Here( 1 ); y = 5;", "a.jsl");
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("y", "b.jsl"));
        Assert.Contains("Name Unresolved: y", error.Reports[0], StringComparison.Ordinal);
    }
}
