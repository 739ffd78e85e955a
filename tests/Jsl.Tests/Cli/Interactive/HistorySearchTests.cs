using Jsl.Cli.Interactive;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>Ctrl-R's incremental search of the history, without a terminal.</summary>
public sealed class HistorySearchTests
{
    private static LineHistory HistoryOf(params string[] lines)
    {
        var history = LineHistory.Load(null);
        foreach (var line in lines) history.Add(line);
        return history;
    }

    [Fact]
    public void Each_character_typed_narrows_the_search_to_the_newest_line_that_matches()
    {
        var search = new HistorySearch(HistoryOf("sock = Socket();", "x = 10;", "sock << Close();"), "draft", 5);
        Assert.Equal("(reverse-i-search)'': ", search.Prompt);
        Assert.Equal("draft", search.Line);
        search.Extend("s");
        Assert.Equal("sock << Close();", search.Line);
        search.Extend("ock = ");
        Assert.Equal("sock = Socket();", search.Line);
        Assert.Equal(0, search.Cursor);
        Assert.Equal("(reverse-i-search)'sock = ': ", search.Prompt);
    }

    [Fact]
    public void Ctrl_r_again_goes_to_older_lines_and_fails_past_the_oldest()
    {
        var search = new HistorySearch(HistoryOf("a = 1;", "b = 1;", "c = 2;"), "", 0);
        search.Extend("1");
        Assert.Equal("b = 1;", search.Line);
        Assert.Equal(4, search.Cursor);
        search.Older();
        Assert.Equal("a = 1;", search.Line);
        Assert.False(search.Failing);
        search.Older();
        Assert.True(search.Failing);
        Assert.Equal("a = 1;", search.Line);
        Assert.StartsWith("(failed reverse-i-search)'1'", search.Prompt);
    }

    [Fact]
    public void Text_that_no_line_contains_fails_and_backspace_widens_the_search_again()
    {
        var search = new HistorySearch(HistoryOf("alpha", "beta"), "typed", 2);
        search.Extend("b");
        search.Extend("z");
        Assert.True(search.Failing);
        Assert.Equal("beta", search.Line);
        Assert.True(search.Shorten());
        Assert.False(search.Failing);
        Assert.Equal("beta", search.Line);
        Assert.True(search.Shorten());
        Assert.Equal("typed", search.Line);
        Assert.Equal(2, search.Cursor);
        Assert.False(search.Shorten());
    }

    [Fact]
    public void Ctrl_r_with_nothing_typed_repeats_the_last_search()
    {
        var history = HistoryOf("load = 1;", "other", "load = 2;");
        var first = new HistorySearch(history, "", 0);
        first.Extend("load");
        var second = new HistorySearch(history, "", 0);
        second.Older();
        Assert.Equal("load = 2;", second.Line);
        second.Older();
        Assert.Equal("load = 1;", second.Line);
    }
}
