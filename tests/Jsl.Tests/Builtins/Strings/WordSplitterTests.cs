using Jsl.Builtins.Strings;

namespace Jsl.Tests.Builtins.Strings;

public sealed class WordSplitterTests
{
    private static string[] Texts(string text, List<TextSpan> spans) => [.. spans.Select(s => text.Substring(s.Start, s.Length))];

    [Theory]
    [InlineData("a  b c", " ", new[] { "a", "b", "c" })]
    [InlineData("  lead and trail  ", " ", new[] { "lead", "and", "trail" })]
    [InlineData("http://www.jmp.com", ":/.", new[] { "http", "www", "jmp", "com" })]
    [InlineData("abc", "", new[] { "a", "b", "c" })]
    [InlineData("", " ", new string[0])]
    [InlineData("   ", " ", new string[0])]
    public void Words_treat_runs_of_delimiters_as_one(string text, string delimiters, string[] expected) =>
        Assert.Equal(expected, Texts(text, WordSplitter.Words(text, delimiters)));

    [Theory]
    [InlineData("a,,b", ",", false, new[] { "a", "", "b" })]
    [InlineData("http://www.jmp.com", ":/.", false, new[] { "http", "", "", "www", "jmp", "com" })]
    [InlineData(",a,b,", ",", false, new[] { "a", "b" })]
    [InlineData(",a,b,", ",", true, new[] { "", "a", "b", "" })]
    [InlineData(",,a", ",", false, new[] { "", "a" })]
    [InlineData(",", ",", false, new string[0])]
    [InlineData("", ",", true, new string[0])]
    public void Items_keep_empty_items_between_single_delimiters(string text, string delimiters, bool boundary, string[] expected) =>
        Assert.Equal(expected, Texts(text, WordSplitter.Items(text, delimiters, boundary)));

    [Theory]
    [InlineData(1, 3, 0)]
    [InlineData(3, 3, 2)]
    [InlineData(-1, 3, 2)]
    [InlineData(-3, 3, 0)]
    public void Resolve_counts_negative_positions_from_the_end(long position, int count, int expected) =>
        Assert.Equal(expected, WordSplitter.Resolve(position, count));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(4, 3)]
    [InlineData(-4, 3)]
    [InlineData(1, 0)]
    public void Resolve_rejects_positions_outside(long position, int count) =>
        Assert.Null(WordSplitter.Resolve(position, count));
}
