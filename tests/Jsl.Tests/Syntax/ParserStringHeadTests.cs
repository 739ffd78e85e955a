using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Syntax;

/// <summary>Calls whose head is a string literal: <c>"abc"(1, 2, 3)</c>.</summary>
public class ParserStringHeadTests
{
    [Theory]
    [InlineData("\"abc\"(1, 2, 3)", "\"abc\"(1, 2, 3)")]
    [InlineData("\"abc\" (1)", "\"abc\"(1)")]
    [InlineData("\"abc\"()", "\"abc\"()")]
    [InlineData("New Object(\"UtMatcher\"(a, b))", "New Object(\"UtMatcher\"(a, b))")]
    [InlineData("\"outer\"(\"inner\"(1), 2)", "\"outer\"(\"inner\"(1), 2)")]
    [InlineData("x = \"a b\"(1) ; y", "Glue(Assign(x, \"a b\"(1)), y)")]
    [InlineData("{\"k\"(1), \"v\"}", "List(\"k\"(1), \"v\")")]
    public void A_string_followed_by_parentheses_is_a_call_with_a_string_head(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Fact]
    public void The_call_carries_the_string_as_its_head_and_says_so()
    {
        var call = Assert.IsType<CallNode>(JslParser.Parse("\"Print\"(1)", "t").Root);
        Assert.True(call.HeadIsString);
        Assert.Same(Symbol.Intern("Print"), call.Head);
        Assert.Equal("Print", call.HeadText);
        Assert.Null(call.Qualifier);
        Assert.Equal((1, 1), (call.Position.Line, call.Position.Column));
    }

    [Fact]
    public void A_quoted_name_followed_by_parentheses_is_an_ordinary_call()
    {
        var call = Assert.IsType<CallNode>(JslParser.Parse("\"my f\"n(1)", "t").Root);
        Assert.False(call.HeadIsString);
        Assert.Equal("my f", call.HeadText);
        Assert.Same(Symbol.Intern("myf"), call.Head);
    }

    [Fact]
    public void A_name_headed_call_is_not_string_headed() =>
        Assert.False(Assert.IsType<CallNode>(JslParser.Parse("abc(1)", "t").Root).HeadIsString);

    [Fact]
    public void Copying_with_other_arguments_keeps_the_string_head()
    {
        var call = Assert.IsType<CallNode>(JslParser.Parse("\"abc\"(1)", "t").Root);
        var copy = call.WithArgs([]);
        Assert.True(copy.HeadIsString);
        Assert.Equal("abc", copy.HeadText);
        Assert.Empty(copy.Args);
    }

    [Theory]
    [InlineData("\"a\" \"b\"", "1:5: expected ';' but found '\"b\"'")]
    [InlineData("\"abc\"(1, 2", "1:11: expected ')' but found end of file")]
    [InlineData("x = 1 y = 2", "1:7: expected ';' but found 'y'")]
    [InlineData("\"abc\"(1) == .", "1:10: Comparisons with missing must be done with the isMissing() function")]
    public void What_JMP_rejects_stays_an_error(string source, string expected) =>
        Assert.Equal([expected], JslParser.Parse(source, "t").Errors.Select(e => $"{e.Position.Line}:{e.Position.Column}: {e.Message}"));
}
