using Jsl.Builtins;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Output;
using Jsl.Runtime.Scopes;
using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>
/// The run's resource limits (issue 8): a script that would grow a string, list, blob or matrix
/// past one gets one positioned JSL error; the host sets them through <see cref="Engine.Limits"/>.
/// </summary>
public sealed class ResourceLimitsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("jsl-limits-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Engine Quiet() => new(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);

    private static string ErrorOf(Engine engine, string script)
    {
        var e = Assert.Throws<JslScriptException>(() => engine.Evaluate(script));
        return Assert.Single(e.Reports);
    }

    /// <summary>The script fails with one report that starts with <paramref name="start"/>.</summary>
    private static void Refuses(Engine engine, string script, string start) =>
        Assert.StartsWith(start, ErrorOf(engine, script), StringComparison.Ordinal);

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var limits = Quiet().Limits;
        Assert.Equal(268_435_456, limits.MaxStringLength);
        Assert.Equal(50_000_000, limits.MaxListLength);
        Assert.Equal(100_000_000, limits.MaxMatrixElements);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_host_cannot_set_a_limit_of_zero_or_less(long value)
    {
        var limits = Quiet().Limits;
        Assert.Throws<ArgumentOutOfRangeException>(() => limits.MaxStringLength = value);
        Assert.Throws<ArgumentOutOfRangeException>(() => limits.MaxListLength = value);
        Assert.Throws<ArgumentOutOfRangeException>(() => limits.MaxMatrixElements = value);
    }

    [Fact]
    public void A_string_doubled_in_a_loop_stops_at_the_limit_with_its_position()
    {
        var engine = Quiet();
        engine.Limits.MaxStringLength = 1000;
        // The repro: 2^40 characters without a limit.
        var report = ErrorOf(engine, "s = \"x\"; For(i = 1, i <= 40, i++, s = s || s)");
        Assert.Equal("-e:1:41: A string of 1024 characters would exceed the limit of 1000 in access or evaluation of 'Concat' , s || /*###*/s", report);
        Assert.Equal("512", Engine.Format(engine.EvaluateValue("Length(s)")));
    }

    [Fact]
    public void Concat_to_on_a_name_is_limited_as_well()
    {
        var engine = Quiet();
        engine.Limits.MaxStringLength = 100;
        Refuses(engine, "s = \"ab\"; While(1, s ||= s)", "-e:1:22: A string of 128 characters would exceed the limit of 100");
    }

    [Theory]
    [InlineData("Substitute(s, \"a\", \"aa\")", "Substitute")]
    [InlineData("Regex(s, \"a\", \"aa\", GLOBALREPLACE)", "Regex")]
    public void A_string_grown_by_replacement_in_a_loop_stops_at_the_limit(string step, string function)
    {
        var engine = Quiet();
        engine.Limits.MaxStringLength = 100;
        Refuses(engine, $"s = \"ab\"; While(1, s = {step})", $"-e:1:24: A string of 129 characters would exceed the limit of 100 in access or evaluation of '{function}'");
    }

    [Fact]
    public void Lists_grown_by_insert_into_and_concatenation_stop_at_the_list_limit()
    {
        var engine = Quiet();
        engine.Limits.MaxListLength = 10;
        Refuses(engine, "x = {}; For(i = 1, 1, i++, Insert Into(x, i))", "-e:1:28: A list of 11 items would exceed the limit of 10");
        Assert.Equal("10", Engine.Format(engine.EvaluateValue("N Items(x)")));
        Refuses(engine, "Insert Into(x, {1, 2})", "-e:1:1: A list of 12 items would exceed the limit of 10");
        Refuses(engine, "x || x", "-e:1:3: A list of 20 items would exceed the limit of 10");
        Refuses(engine, "x || 1", "-e:1:3: A list of 11 items would exceed the limit of 10");
    }

    [Fact]
    public void Concat_items_stops_at_the_string_limit()
    {
        var engine = Quiet();
        engine.Limits.MaxStringLength = 10;
        Assert.Equal("\"a b c d e\"", Engine.Format(engine.EvaluateValue("Concat Items({\"a\", \"b\", \"c\", \"d\", \"e\"})")));
        Refuses(engine, "Concat Items({\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"})", "-e:1:1: A string of 11 characters would exceed the limit of 10");
    }

    [Fact]
    public void Blobs_count_their_bytes_against_the_string_limit()
    {
        var engine = Quiet();
        engine.Limits.MaxStringLength = 6;
        // Three characters of two UTF-8 bytes each fit; four do not.
        Assert.Equal("6", Engine.Format(engine.EvaluateValue("Length(Char To Blob(\"ééé\"))")));
        Refuses(engine, "Char To Blob(\"éééé\")", "-e:1:1: A blob of 8 bytes would exceed the limit of 6");
        Refuses(engine, "b = Char To Blob(\"abcd\"); b || b", "-e:1:29: A blob of 8 bytes would exceed the limit of 6");
    }

    [Fact]
    public void Load_text_file_refuses_a_file_larger_than_the_string_limit_before_reading_it()
    {
        var path = Path.Combine(directory, "big.txt");
        File.WriteAllText(path, new string('x', 500));
        var engine = Quiet();
        engine.Limits.MaxStringLength = 499;
        var script = $"Load Text File(\"{path}\")";
        Refuses(engine, script, "-e:1:1: A file of 500 bytes would exceed the limit of 499");
        Refuses(engine, $"Load Text File(\"{path}\", BLOB)", "-e:1:1: A file of 500 bytes would exceed the limit of 499");
        engine.Limits.MaxStringLength = 500;
        Assert.Equal("500", Engine.Format(engine.EvaluateValue($"Length({script})")));
    }

    [Fact]
    public void Matrices_built_by_j_and_concatenation_stop_at_the_matrix_limit()
    {
        var engine = Quiet();
        engine.Limits.MaxMatrixElements = 12;
        Assert.Equal("12", Engine.Format(engine.EvaluateValue("m = J(3, 4, 0); N Rows(m) * N Cols(m)")));
        Refuses(engine, "J(4, 4)", "-e:1:1: A matrix of 4 by 4 (16 elements) would exceed the limit of 12");
        Refuses(engine, "m |/ m", "-e:1:3: A matrix of 6 by 4 (24 elements) would exceed the limit of 12");
        Refuses(engine, "m || m", "-e:1:3: A matrix of 3 by 8 (24 elements) would exceed the limit of 12");
    }

    [Fact]
    public void Each_engine_has_its_own_limits()
    {
        var strict = Quiet();
        strict.Limits.MaxListLength = 2;
        var other = Quiet();
        Assert.Equal("{0, 1, 2, 3}", Engine.Format(other.EvaluateValue("Right({1, 2, 3}, 4, 0)")));
        Refuses(strict, "Right({1, 2, 3}, 4, 0)", "-e:1:1: A list of 4 items would exceed the limit of 2");
    }

    [Fact]
    public void An_out_of_memory_exception_in_a_built_in_becomes_one_positioned_error_that_try_catches()
    {
        var table = BuiltinCatalog.CreateDefault();
        table.Add("Test", "Exhaust Memory", static _ => throw new OutOfMemoryException());
        var interpreter = new Interpreter(table, new Log(new TextWriterLogSink(TextWriter.Null)));
        var scope = Scope.ForScript(interpreter.Globals, "t.jsl");

        var error = Assert.Throws<JslRuntimeError>(() => interpreter.Eval(JslParser.Parse("x = 1;\n  Exhaust Memory()", "t.jsl").Root, scope));
        Assert.Equal("Out of memory", error.Text);
        Assert.Equal(new SourcePosition("t.jsl", 2, 3), error.Position);

        var caught = interpreter.Eval(JslParser.Parse("Try(Exhaust Memory(), exception_msg[1])", "t.jsl").Root, scope);
        // The caught item is the error's message with its position, as any error's is.
        Assert.StartsWith("\"Out of memory\"(1, 2, \"Exhaust Memory\"", Engine.Format(caught), StringComparison.Ordinal);
    }
}
