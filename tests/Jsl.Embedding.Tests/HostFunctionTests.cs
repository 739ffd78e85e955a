namespace Jsl.Embedding.Tests;

/// <summary><see cref="Engine.RegisterFunction(string, int, int, Func{IReadOnlyList{JslValue}, JslValue})"/>: a .NET function called from JSL as a built-in.</summary>
public sealed class HostFunctionTests
{
    [Fact]
    public void A_host_function_gets_its_arguments_evaluated_and_its_result_goes_back_to_the_script()
    {
        var engine = new Engine(new CollectingLog());
        engine.RegisterFunction("Host Add", 2, args => args[0].AsNumber() + args[1].AsNumber());
        Assert.Equal(13, engine.Evaluate("a = 3; hostadd( a * 2, 7 )").AsNumber());
        // Names ignore case and spaces, as for every JSL function.
        Assert.Equal(5, engine.Evaluate("HOST ADD( 2, 3 )").AsNumber());
    }

    [Fact]
    public void Lists_go_in_and_come_out_and_no_result_is_empty()
    {
        var engine = new Engine(new CollectingLog());
        var seen = new List<string>();
        engine.RegisterFunction("Lengths", 1, args => JslValue.FromList(args[0].AsList().Select(item => (JslValue)item.AsString().Length)));
        engine.RegisterFunction("Remember", 0, 3, args =>
        {
            seen.Add(string.Join(",", args.Select(a => a.ToString())));
            return null;
        });
        Assert.Equal("{1, 3}", engine.Evaluate("Lengths( {\"a\", \"abc\"} )").ToString());
        Assert.True(engine.Evaluate("Remember( 1, \"b\" )").IsEmpty);
        Assert.True(engine.Evaluate("Remember()").IsEmpty);
        Assert.Equal(["1,\"b\"", ""], seen);
    }

    [Fact]
    public void A_call_with_the_wrong_count_of_arguments_is_a_JSL_error_at_the_call()
    {
        var engine = new Engine(new CollectingLog());
        engine.RegisterFunction("Pair", 2, args => args[0]);
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("x = 1;\nPair( 1 )", "count.jsl"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("count.jsl", 2, 1, JslDiagnosticKind.Runtime), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Kind));
        Assert.Equal("requires at least 2 arguments", diagnostic.Message);
        Assert.Equal("too many arguments", Assert.Throws<JslScriptException>(() => engine.Evaluate("Pair( 1, 2, 3 )")).Diagnostics[0].Message);
    }

    [Fact]
    public void An_exception_the_host_function_throws_becomes_a_JSL_error_with_the_calls_position()
    {
        var engine = new Engine(new CollectingLog());
        engine.RegisterFunction("Read Sensor", 1, _ => throw new InvalidOperationException("sensor offline"));
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("Print( 1 );\n  v = Read Sensor( 4 );", "sensor.jsl"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("Read Sensor: sensor offline", diagnostic.Message);
        Assert.Equal(JslDiagnosticKind.Runtime, diagnostic.Kind);
        Assert.Equal(("sensor.jsl", 2, 7), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("sensor.jsl:2:7: Read Sensor: sensor offline", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_can_catch_a_host_functions_error_with_Try()
    {
        var engine = new Engine(new CollectingLog());
        engine.RegisterFunction("Fails", 0, _ => throw new IOException("disk full"));
        Assert.Equal("Fails: disk full", engine.Evaluate("Try( Fails(), Char( exception_msg[1] ) )").AsString());
    }

    [Fact]
    public void A_host_function_cannot_replace_a_built_in_nor_be_registered_twice()
    {
        var engine = new Engine(new CollectingLog());
        Assert.Throws<ArgumentException>(() => engine.RegisterFunction("Print", 1, args => args[0]));
        Assert.Throws<ArgumentException>(() => engine.RegisterFunction("char to blob", 1, args => args[0]));
        engine.RegisterFunction("Mine", 0, _ => 1);
        Assert.Throws<ArgumentException>(() => engine.RegisterFunction("mine", 0, _ => 2));
        Assert.Throws<ArgumentException>(() => engine.RegisterFunction("not a name(", 0, _ => 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.RegisterFunction("Backwards", 2, 1, _ => 2));
    }

    [Fact]
    public void A_host_function_belongs_to_its_engine_alone()
    {
        var first = new Engine(new CollectingLog());
        first.RegisterFunction("Only Here", 0, _ => "here");
        var second = new Engine(new CollectingLog());
        Assert.Equal("here", first.Evaluate("Only Here()").AsString());
        var error = Assert.Throws<JslScriptException>(() => second.Evaluate("Only Here()"));
        Assert.Equal("Name Unresolved: Only Here", error.Diagnostics[0].Message);
    }

    [Fact]
    public void A_host_function_that_runs_a_script_on_its_own_engine_gets_a_JSL_error()
    {
        var engine = new Engine(new CollectingLog());
        engine.RegisterFunction("Nested", 0, _ => engine.Evaluate("1"));
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("Nested()"));
        Assert.StartsWith("Nested: The engine is already running a script", error.Diagnostics[0].Message, StringComparison.Ordinal);
        // The engine is free again once the run is over.
        Assert.Equal(2, engine.Evaluate("1 + 1").AsNumber());
    }
}
