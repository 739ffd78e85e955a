using System.Diagnostics;
using Jsl.Runtime.Output;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>
/// The host's hook to stop a run: a step limit (loop iterations and function calls) and a
/// cancellation token, each ending the script with a fatal JSL error at the step's position.
/// </summary>
public sealed class StepBudgetTests
{
    private static Engine NewEngine(long? stepLimit = null) =>
        new(new TextWriterLogSink(TextWriter.Null), TextWriter.Null) { StepLimit = stepLimit };

    private static string FailureOf(Engine engine, string script) =>
        Assert.Single(Assert.Throws<JslScriptException>(() => engine.Evaluate(script)).Reports);

    [Theory]
    [InlineData("While( 1, x = 1 )")]
    [InlineData("While( 1 )")]
    [InlineData("For( i = 1, 1, i++, x = i )")]
    [InlineData("For( i = 1, 1, i++ )")]
    [InlineData("f = Function( {n}, If( n > 0, f( n - 1 ), 0 ) ); f( 5000 )")]
    [InlineData("For Each( {v}, 1 :: 100000, x = v )")]
    [InlineData("x = Expr( y++ ); y = 0; For( i = 1, i <= 400, i++, x; x; x )")]
    [InlineData("Pat Match( Repeat( \"a\", 5000 ), Pat Arb() + \"b\" )")]
    public void A_run_past_its_step_limit_stops_with_a_JSL_error(string script)
    {
        var report = FailureOf(NewEngine(stepLimit: 1000), script);
        Assert.Contains("The run exceeded its limit of 1000 steps", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_step_error_is_at_the_loop_that_overspent()
    {
        var report = FailureOf(NewEngine(stepLimit: 50), "x = 1;\nWhile( 1, x++ )");
        Assert.StartsWith("-e:2:1:", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_does_not_catch_the_step_error_so_a_catching_loop_still_stops()
    {
        var report = FailureOf(NewEngine(stepLimit: 1000), "While( 1, Try( For( j = 1, 1, j++ ), 0 ) )");
        Assert.Contains("exceeded its limit of 1000 steps", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_within_its_limit_gets_its_value_and_each_run_has_the_whole_limit()
    {
        var engine = NewEngine(stepLimit: 100);
        for (var run = 0; run < 3; run++)
        {
            Assert.Equal("60", Engine.Format(engine.EvaluateValue("s = 0; For( i = 1, i <= 60, i++, s++ ); s")));
        }
    }

    [Fact]
    public void A_cancelled_token_stops_an_endless_loop()
    {
        var engine = NewEngine();
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        engine.Cancellation = source.Token;
        var report = FailureOf(engine, "While( 1, x = 1 )");
        Assert.Contains("The run was cancelled", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wait( 60 )")]
    [InlineData("Wait( -60 )")]
    public void A_cancelled_token_ends_a_long_wait_at_once(string script) =>
        AssertCancelledSoon(script, TimeSpan.FromMilliseconds(100), "Wait");

    [Theory]
    [InlineData("Regex( Repeat( \"x\", 64000 ), \"(.*)bus(.*)\", \"\\1car\\2\" )")]
    [InlineData("Regex( Repeat( \"x\", 64000 ), \"(.*)bus(.*)\", \"car\", GLOBALREPLACE )")]
    [InlineData("Regex Match( Repeat( \"x\", 64000 ), \"(.*)bus(.*)\" )")]
    // Uncancelled, each of these backtracks for most of a minute (found by the fuzzer).
    public void A_cancelled_token_stops_a_backtracking_regex(string script) =>
        AssertCancelledSoon(script, TimeSpan.FromMilliseconds(200), "the regex");

    [Fact]
    public void A_regex_under_a_token_that_does_not_fire_gives_its_answer()
    {
        var engine = NewEngine();
        using var source = new CancellationTokenSource();
        engine.Cancellation = source.Token;
        Assert.Equal("\"15 Jan\"", Engine.Format(engine.EvaluateValue("Regex( \"Jan 15\", \"(\\w+) (\\d+)\", \"\\2 \\1\" )")));
        Assert.Equal("\"abc-car-def\"", Engine.Format(engine.EvaluateValue("Regex( \"abc-bus-def\", \"(.*)bus(.*)\", \"\\1car\\2\" )")));
    }

    /// <summary>Runs <paramref name="script"/> under a token that fires after <paramref name="after"/>: it must stop with the cancellation error, well within 20 s.</summary>
    private static void AssertCancelledSoon(string script, TimeSpan after, string what)
    {
        var engine = NewEngine();
        using var source = new CancellationTokenSource(after);
        engine.Cancellation = source.Token;
        var watch = Stopwatch.StartNew();
        var report = FailureOf(engine, script);
        Assert.Contains("The run was cancelled", report, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{what} ran {watch.Elapsed} after the cancellation");
    }

    [Fact]
    public void A_step_limit_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewEngine().StepLimit = 0);
}
