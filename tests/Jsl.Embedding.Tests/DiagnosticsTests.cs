namespace Jsl.Embedding.Tests;

/// <summary>Errors as data: <see cref="JslScriptException.Diagnostics"/> and <see cref="Engine.Check"/>.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public void A_syntax_error_has_its_file_line_column_message_and_kind()
    {
        var engine = new Engine(new CollectingLog());
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("x = 1;\ny = (2 + 3;", "bad.jsl"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(JslDiagnosticKind.Syntax, diagnostic.Kind);
        Assert.Equal(("bad.jsl", 2, 12), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Equal("expected ')' but found end of file", diagnostic.Message);
        Assert.Equal("bad.jsl:2:12: expected ')' but found end of file", diagnostic.ToString());
        Assert.Equal([diagnostic.ToString()], error.Reports);
        // Nothing ran: a syntax error stops the whole text before it starts.
        Assert.Null(engine.GetGlobal("x"));
    }

    [Fact]
    public void Check_gives_every_syntax_error_without_running_and_none_for_good_text()
    {
        var diagnostics = Engine.Check("x = 1;\ny = 2 +* 3;", "check.jsl");
        Assert.Equal([(2, 8, "expected an expression but found '*'"), (2, 10, "expected ';' but found '3'")], diagnostics.Select(d => (d.Line, d.Column, d.Message)));
        Assert.All(diagnostics, d => Assert.Equal((JslDiagnosticKind.Syntax, "check.jsl"), (d.Kind, d.File)));
        Assert.Empty(Engine.Check("Print( 1 )", "good.jsl"));
    }

    [Fact]
    public void A_result_that_holds_itself_as_a_key_is_the_depth_error_not_a_crash()
    {
        // Found by the fuzzer: the run ends well, but copying its value for the host sorts the
        // array's keys by their printed form, and a key that is the array itself never ends.
        var engine = new Engine(new CollectingLog());
        const string script = "aa = Associative Array(); aa[{1}] = 1; aa[aa] = s = Sort List( Eval List( {aa, {5}} ) );";
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate(script, "self.jsl"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(JslDiagnosticKind.Limit, diagnostic.Kind);
        Assert.Equal("self.jsl", diagnostic.File);
        Assert.StartsWith("Recursion too deep", diagnostic.Message, StringComparison.Ordinal);
        Assert.Throws<JslScriptException>(() => engine.GetGlobal("aa"));
        // The engine is still usable afterwards.
        Assert.Equal(3.0, engine.Evaluate("1 + 2").AsNumber());
    }

    [Fact]
    public void A_runtime_error_has_the_position_of_the_failing_expression()
    {
        var engine = new Engine(new CollectingLog());
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("a = 1;\n  b = a + Undefined Thing();", "run.jsl"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(JslDiagnosticKind.Runtime, diagnostic.Kind);
        Assert.Equal("Name Unresolved: Undefined Thing", diagnostic.Message);
        Assert.Equal(("run.jsl", 2, 11), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        // The report line is what jsl prints: JMP's log line, with the expression that failed.
        Assert.StartsWith("run.jsl:2:11: Name Unresolved: Undefined Thing", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, engine.GetGlobal("a")!.AsNumber());
    }

    [Fact]
    public void An_uncaught_Throw_is_a_runtime_diagnostic_with_its_message()
    {
        var engine = new Engine(new CollectingLog());
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("Throw( \"bad input\" )", "throw.jsl"));
        Assert.Equal((JslDiagnosticKind.Runtime, "bad input", 1), (error.Diagnostics[0].Kind, error.Diagnostics[0].Message, error.Diagnostics[0].Line));
    }

    [Fact]
    public void A_resource_limit_is_a_limit_diagnostic()
    {
        var engine = new Engine(new CollectingLog());
        engine.Limits.MaxStringLength = 100;
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("s = Repeat( \"ab\", 51 )"));
        Assert.Equal(JslDiagnosticKind.Limit, error.Diagnostics[0].Kind);
        Assert.Equal("A string of 102 characters would exceed the limit of 100", error.Diagnostics[0].Message);
    }

    [Fact]
    public void A_script_file_that_cannot_be_read_is_a_diagnostic_without_a_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jsl-missing-{Guid.NewGuid():N}.jsl");
        var error = Assert.Throws<JslScriptException>(() => new Engine(new CollectingLog()).RunFile(path));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal((path, 0, 0, JslDiagnosticKind.Runtime), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Kind));
        Assert.StartsWith("cannot read the script", diagnostic.Message, StringComparison.Ordinal);
    }
}
