using Jsl.Cli.Interactive;
using Jsl.Tests.Support;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>The prompt's history: walking it with Up and Down, and the file that keeps it between sessions.</summary>
public sealed class LineHistoryTests : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string FilePath => Path.Combine(_folder.Root, "history");

    [Fact]
    public void Up_walks_back_and_down_returns_to_the_line_being_typed()
    {
        var history = LineHistory.Load(null);
        history.Add("a = 1;");
        history.Add("b = 2;");
        Assert.Equal("b = 2;", history.Previous("dra"));
        Assert.Equal("a = 1;", history.Previous("b = 2;"));
        Assert.Null(history.Previous("a = 1;"));
        Assert.Equal("b = 2;", history.Next());
        Assert.Equal("dra", history.Next());
        Assert.Null(history.Next());
    }

    [Fact]
    public void Blank_lines_and_a_repeat_of_the_last_line_are_not_kept()
    {
        var history = LineHistory.Load(FilePath);
        history.Add("x");
        history.Add("   ");
        history.Add("x");
        history.Add("y");
        history.Add("x");
        Assert.Equal(["x", "y", "x"], File.ReadAllLines(FilePath));
    }

    [Fact]
    public void The_file_keeps_the_newest_lines_up_to_its_bound()
    {
        var history = LineHistory.Load(FilePath);
        for (var i = 1; i <= LineHistory.MaxLines + 5; i++) history.Add($"line {i}");
        var kept = File.ReadAllLines(FilePath);
        Assert.Equal(LineHistory.MaxLines, kept.Length);
        Assert.Equal("line 6", kept[0]);
        Assert.Equal($"line {LineHistory.MaxLines + 5}", kept[^1]);

        var next = LineHistory.Load(FilePath);
        Assert.Equal(LineHistory.MaxLines, next.Count);
        Assert.Equal($"line {LineHistory.MaxLines + 5}", next.Previous(""));
    }

    [Fact]
    public void A_longer_file_is_cut_to_the_bound_when_loaded()
    {
        File.WriteAllLines(FilePath, Enumerable.Range(1, LineHistory.MaxLines + 10).Select(i => $"old {i}"));
        var history = LineHistory.Load(FilePath);
        Assert.Equal(LineHistory.MaxLines, history.Count);
        Assert.Equal(LineHistory.MaxLines, File.ReadAllLines(FilePath).Length);
        Assert.Equal("old 11", File.ReadAllLines(FilePath)[0]);
    }

    [Fact]
    public void The_next_session_reads_the_lines_of_the_last()
    {
        LineHistory.Load(FilePath).Add("first");
        var next = LineHistory.Load(FilePath);
        Assert.Equal("first", next.Previous(""));
    }

    [Fact]
    public void Find_older_gives_the_newest_line_before_a_place_that_contains_the_text_in_any_case()
    {
        var history = LineHistory.Load(null);
        history.Add("a = 1;");
        history.Add("Print( a );");
        history.Add("b = 2;");
        history.Add("print( b );");
        Assert.Equal(3, history.FindOlder("PRINT", history.Count));
        Assert.Equal(1, history.FindOlder("print", 3));
        Assert.Equal(-1, history.FindOlder("print", 1));
        Assert.Equal(-1, history.FindOlder("nowhere", history.Count));
        Assert.Equal("Print( a );", history[1]);
    }

    [Fact]
    public void Up_and_down_go_on_from_the_line_a_search_kept()
    {
        var history = LineHistory.Load(null);
        history.Add("one");
        history.Add("two");
        history.Add("three");
        history.MoveTo(1, "typed");
        Assert.Equal("one", history.Previous("two"));
        Assert.Equal("two", history.Next());
        Assert.Equal("three", history.Next());
        Assert.Equal("typed", history.Next());
    }
}
