namespace Jsl.Embedding.Tests;

/// <summary>Running text and reading what it gives back, through the public value model.</summary>
public sealed class RunningTextTests
{
    [Fact]
    public void Evaluate_returns_the_value_of_the_last_expression()
    {
        var engine = new Engine(new CollectingLog());
        var value = engine.Evaluate("x = 1 + 2; x * 10");
        Assert.Equal(JslValueKind.Number, value.Kind);
        Assert.Equal(30, value.AsNumber());
        Assert.Equal("30", value.ToString());
    }

    [Fact]
    public void The_log_goes_to_the_hosts_sink()
    {
        var log = new CollectingLog();
        var engine = new Engine(log);
        engine.Evaluate("Print( 1 + 1 ); Print( \"two\" ); Write( \"three\" ); Write( \"!\" ); Print( 4 )");
        Assert.Equal(["2", "\"two\"", "three!", "4"], log.Lines);
    }

    [Fact]
    public void Strings_lists_and_associative_arrays_open_into_dotnet_values()
    {
        var engine = new Engine(new CollectingLog());
        Assert.Equal("héllo", engine.Evaluate("\"h\" || \"éllo\"").AsString());

        var list = engine.Evaluate("{1, \"a\", {2}}").AsList();
        Assert.Equal(3, list.Count);
        Assert.Equal(1, list[0].AsNumber());
        Assert.Equal("a", list[1].AsString());
        Assert.Equal(2, list[2].AsList()[0].AsNumber());

        // JSL keeps an associative array's keys sorted: numbers, then strings.
        var entries = engine.Evaluate("[\"b\" => 2, \"a\" => 1, 5 => \"five\"]").AsAssociativeArray();
        Assert.Equal([5.0], entries.Take(1).Select(e => e.Key.AsNumber()));
        Assert.Equal(["a", "b"], entries.Skip(1).Select(e => e.Key.AsString()));
        Assert.Equal("five", entries[0].Value.AsString());
    }

    [Fact]
    public void A_script_without_a_value_gives_empty_and_other_kinds_keep_their_type_name()
    {
        var engine = new Engine(new CollectingLog());
        Assert.True(engine.Evaluate("Empty()").IsEmpty);
        var matrix = engine.Evaluate("[1 2, 3 4]");
        Assert.Equal(JslValueKind.Other, matrix.Kind);
        Assert.Equal("Matrix", matrix.TypeName);
        Assert.Equal("[1 2, 3 4]", matrix.ToString());
        Assert.True(double.IsNaN(engine.Evaluate(".").AsNumber()));
    }

    [Fact]
    public void Reading_a_value_as_the_wrong_kind_says_what_it_is()
    {
        var engine = new Engine(new CollectingLog());
        var error = Assert.Throws<InvalidOperationException>(() => engine.Evaluate("\"text\"").AsNumber());
        Assert.Equal("The value is a String, not a Number.", error.Message);
        Assert.Throws<InvalidOperationException>(() => engine.Evaluate("1").AsList());
    }

    [Fact]
    public void RunFile_runs_a_script_file_relative_paths_and_all()
    {
        var folder = Directory.CreateTempSubdirectory("jsl-embedding-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "part.jsl"), "part = 20;");
            var main = Path.Combine(folder.FullName, "main.jsl");
            File.WriteAllText(main, "Include( \"part.jsl\" ); part + 1");
            Assert.Equal(21, new Engine(new CollectingLog()).RunFile(main).AsNumber());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
