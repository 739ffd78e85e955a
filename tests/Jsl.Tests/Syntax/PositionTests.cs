using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Syntax;

public class PositionTests
{
    private static (int Line, int Column) At(Node node) => (node.Position.Line, node.Position.Column);

    [Fact]
    public void Operator_nodes_have_the_operator_token_position()
    {
        var add = Assert.IsType<CallNode>(JslParser.Parse("a +\n  b * c", "s.jsl").Root);
        Assert.Equal((1, 3), At(add));
        Assert.Equal((2, 5), At(add.Args[1]));
        Assert.Equal("s.jsl", add.Position.File);
    }

    [Fact]
    public void Calls_have_the_head_name_position_and_collections_their_opening_bracket()
    {
        var glue = Assert.IsType<CallNode>(JslParser.Parse("  Print( 1 );\n{1};\n\t[1 2];\n[=>]; a[1]", "t").Root);
        Assert.Equal((1, 3), At(glue.Args[0]));
        Assert.Equal((1, 13), At(glue));
        Assert.Equal((2, 1), At(glue.Args[1]));
        Assert.Equal((3, 2), At(glue.Args[2]));
        Assert.Equal((4, 1), At(glue.Args[3]));
        Assert.Equal((4, 8), At(glue.Args[4]));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_end_style_counts_one_line(string newline)
    {
        var source = string.Join(newline, "x = 1;", "", "  y = \"a\" || z;", "w");
        var glue = Assert.IsType<CallNode>(JslParser.Parse(source, "t").Root);
        var concat = Assert.IsType<CallNode>(Assert.IsType<CallNode>(glue.Args[1]).Args[1]);
        Assert.Equal((3, 11), At(concat));
        Assert.Equal((4, 1), At(glue.Args[2]));
    }

    [Fact]
    public void Tabs_count_one_column_and_columns_count_utf16_chars()
    {
        var glue = Assert.IsType<CallNode>(JslParser.Parse("\t\"\U0001F600\"; x", "t").Root);
        Assert.Equal((1, 2), At(glue.Args[0]));
        Assert.Equal((1, 8), At(glue.Args[1]));
    }

    [Fact]
    public void Errors_report_line_and_column_after_crlf_lines()
    {
        var result = JslParser.Parse("a = 1;\r\nb = (2;\r\nc", "f.jsl");
        var error = Assert.Single(result.Errors);
        Assert.Equal("f.jsl:3:2: expected ')' but found end of file", error.ToString());
    }

    [Fact]
    public void Scoped_names_start_at_their_prefix_or_qualifier()
    {
        var glue = Assert.IsType<CallNode>(JslParser.Parse("::x; Here:y", "t").Root);
        Assert.Equal((1, 1), At(glue.Args[0]));
        Assert.Equal((1, 6), At(glue.Args[1]));
    }

    [Fact]
    public void A_folded_negative_number_starts_at_the_minus() =>
        Assert.Equal((1, 3), At(JslParser.Parse("  - 5", "t").Root));
}
