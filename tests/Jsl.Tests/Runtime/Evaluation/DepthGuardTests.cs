using System.Text;
using Jsl.Runtime.Output;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>
/// Deep trees and deep values end in a JSL error ("Recursion too deep", one line, with a position)
/// or in their result, never in a stack overflow, on the CLI's 256 MB script thread and on a
/// host's ordinary 1 MB thread alike. (A failing guard aborts the test run itself, which fails it.)
/// </summary>
public sealed class DepthGuardTests
{
    private const int HostStack = 1024 * 1024;
    private const int ScriptStack = 256 * 1024 * 1024;

    public static TheoryData<int> Stacks => new() { HostStack, ScriptStack };

    /// <summary>The value of <paramref name="script"/> as text, or the reports of its JSL error, run on a thread with <paramref name="stackBytes"/> of stack.</summary>
    private static (string? Value, IReadOnlyList<string>? Reports) RunOnThread(int stackBytes, string script) =>
        RunOnThread(stackBytes, new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null), script);

    private static (string? Value, IReadOnlyList<string>? Reports) RunOnThread(int stackBytes, Engine engine, string script)
    {
        (string?, IReadOnlyList<string>?) outcome = (null, null);
        Exception? escaped = null;
        var thread = new Thread(() =>
        {
            try
            {
                outcome = (Jsl.Runtime.Formatting.ValueFormatter.ToText(engine.EvaluateValue(script, "deep.jsl")), null);
            }
            catch (JslScriptException e)
            {
                outcome = (null, e.Reports);
            }
            catch (Exception e)
            {
                escaped = e;
            }
        }, stackBytes);
        thread.Start();
        // A bound for a hang, not a speed test: the million-term script takes seconds, far more on a loaded machine.
        Assert.True(thread.Join(TimeSpan.FromMinutes(6)), "the script did not finish within 6 minutes");
        Assert.Null(escaped);
        return outcome;
    }

    /// <summary>Either the expected value or exactly one one-line depth error with a position.</summary>
    private static void AssertValueOrDepthError(string expected, (string? Value, IReadOnlyList<string>? Reports) outcome)
    {
        if (outcome.Value is not null)
        {
            Assert.Equal(expected, outcome.Value);
            return;
        }
        var report = Assert.Single(outcome.Reports!);
        Assert.DoesNotContain('\n', report);
        Assert.Matches(@"^deep\.jsl:\d+:\d+: Recursion too deep in access or evaluation of '", report);
    }

    private static string Chain(string first, string joint, int terms)
    {
        var sb = new StringBuilder(first);
        for (var i = 1; i < terms; i++) sb.Append(joint);
        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void A_million_term_concatenation_runs_or_gives_one_depth_error(int stack)
    {
        var script = "x = " + Chain("\"a\"", " || \"a\"", 1_000_000) + "; Length(x)";
        AssertValueOrDepthError("1000000", RunOnThread(stack, script));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void A_long_left_chain_prints_whole_on_any_stack(int stack)
    {
        // The printer walks a left-grouping chain instead of recursing: 100,000 terms of "a || ".
        var script = "Length( Char( Expr( " + Chain("a", " || a", 100_000) + " ) ) )";
        Assert.Equal("499996", RunOnThread(stack, script).Value);
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void A_deep_product_that_fails_at_its_end_prints_one_error_line(int stack)
    {
        var script = "y = " + Chain("1", " * -1", 200_000) + " * \"s\";";
        var (value, reports) = RunOnThread(stack, script);
        Assert.Null(value);
        var report = Assert.Single(reports!);
        Assert.DoesNotContain('\n', report);
        Assert.Matches(@"^deep\.jsl:1:\d+: (Recursion too deep|Cannot convert argument to a number \[or matrix\]) in access or evaluation of '", report);
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Deep_subscripts_and_sends_give_one_error_line(int stack)
    {
        foreach (var script in new[] { "x = {1}; x" + Chain("[1]", "[1]", 100_000), "a = 1; a" + Chain(" << a", " << a", 100_000) })
        {
            var (value, reports) = RunOnThread(stack, script);
            Assert.Null(value);
            var report = Assert.Single(reports!);
            Assert.DoesNotContain('\n', report);
            Assert.StartsWith("deep.jsl:1:", report, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void An_expression_that_reads_itself_gives_one_depth_error(int stack)
    {
        // Found by the fuzzer: reading x evaluates x + 1, which reads x again, through prepared
        // calls that have no guard of their own; it aborted the process with a stack overflow.
        foreach (var script in new[] { "x = Expr( x + 1 ); x", "e = Expr( y = e || \"a\"; y ); e" })
        {
            var (value, reports) = RunOnThread(stack, script);
            Assert.Null(value);
            var report = Assert.Single(reports!);
            Assert.DoesNotContain('\n', report);
            Assert.Matches(@"^deep\.jsl:1:\d+: Recursion too deep in access or evaluation of '", report);
        }
    }

    /// <summary>A list nested 30,000 deep (built by recursion, so without copying it at every level), and a list holding a copy of it.</summary>
    private const string DeepList = "f = Function( {n}, If( n == 0, {}, Eval List( {f( n - 1 )} ) ) ); x = f( 30000 ); y = Eval List( {x} );";

    [Fact]
    public void A_deep_list_used_on_a_host_thread_gives_depth_errors_at_the_call_that_recursed()
    {
        // 30,000 levels need more than the 1 MB stack less the guard's margin: the list is built
        // on the script thread, then used from a host's ordinary thread.
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        Assert.Equal("", RunOnThread(ScriptStack, engine, DeepList + " \"\"").Value);
        foreach (var (use, head) in new[] { ("Char( x )", "Char"), ("x == y[1]", "Equal"), ("As JSON Expr( x )", "As JSON Expr"), ("z = [=>]; z[x] = 1", "Assign"), ("z = x", "Assign"), ("Eval Expr( g( Expr( x ) ) )", "Eval Expr") })
        {
            var (value, reports) = RunOnThread(HostStack, engine, use);
            Assert.Null(value);
            var report = Assert.Single(reports!);
            Assert.StartsWith("deep.jsl:1:", report, StringComparison.Ordinal);
            Assert.True(report.Contains($"Recursion too deep in access or evaluation of '{head}'", StringComparison.Ordinal), report);
        }
    }

    [Fact]
    public void The_same_deep_list_works_on_the_script_thread()
    {
        Assert.Equal("60002", RunOnThread(ScriptStack, DeepList + " Length( Char( x ) )").Value);
        Assert.Equal("1", RunOnThread(ScriptStack, DeepList + " x == y[1]").Value);
    }
}
