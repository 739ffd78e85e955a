using System.Text.RegularExpressions;
using Jsl.Builtins.Strings;

namespace Jsl.Tests.Builtins.Strings;

public sealed class StringFunctionTests
{
    [Theory]
    [InlineData("hello wORLD", "Hello World")]
    [InlineData("o'neil's dog", "O'neil's Dog")]
    [InlineData("a-b c1d", "A-B C1d")]
    [InlineData("", "")]
    public void Titlecase_capitalises_each_word(string text, string expected) =>
        Assert.Equal(expected, TextBuiltins.Titlecase(text));

    [Theory]
    [InlineData("  The  dog    crossed  ", "The dog crossed")]
    [InlineData("\ta\r\n\r\nb\n", "a b")]
    [InlineData("   ", "")]
    public void Collapse_whitespace_trims_and_squeezes(string text, string expected) =>
        Assert.Equal(expected, TextBuiltins.CollapseWhitespace(text));

    [Theory]
    [InlineData("abc", "cba")]
    [InlineData("a😀b", "b😀a")]
    [InlineData("e\u0301x", "xe\u0301")]
    public void Reverse_keeps_whole_characters(string text, string expected) =>
        Assert.Equal(expected, TextBuiltins.ReverseText(text));

    [Theory]
    [InlineData("redreed", "re", 1, 1)]
    [InlineData("redreed", "re", 2, 4)]
    [InlineData("redreed", "re", -1, 4)]
    [InlineData("redreed", "re", -4, 4)]
    [InlineData("redreed", "re", -5, 1)]
    [InlineData("redreed", "re", -8, 0)]
    [InlineData("redreed", "re", 8, 0)]
    [InlineData("abc", "", 1, 1)]
    [InlineData("abc", "abcd", 1, 0)]
    public void Contains_searches_forward_or_backward(string text, string find, long start, int expected) =>
        Assert.Equal(expected, SliceBuiltins.FindText(text, find, start));

    [Theory]
    [InlineData("Jan 15", @"(\w+) (\d+)", @"\2 \1", "15 Jan")]
    [InlineData("abc", "b", @"[\0]", "[b]")]
    [InlineData("abc", "(x)?b", @"<\1>", "<>")]
    [InlineData("abc", "b", @"\n\", @"\n\")]
    public void Regex_format_fills_in_back_references(string source, string pattern, string format, string expected) =>
        Assert.Equal(expected, RegexFormat.Expand(format, Regex.Match(source, pattern)));
}
