using Jsl.Runtime.Formatting;
using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Syntax;

/// <summary>The one operator table (<see cref="SyntaxFacts.Operators"/>) drives both the parser and the printer.</summary>
public class OperatorTableTests
{
    private static readonly OperatorShape[] Binary = [OperatorShape.Left, OperatorShape.Right, OperatorShape.NAry, OperatorShape.Comparison];

    public static TheoryData<string> BinaryRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in SyntaxFacts.Operators.Where(r => Binary.Contains(r.Shape) && r.LaterToken is null)) data.Add(row.Head.Text);
        return data;
    }

    private static OperatorInfo Row(string head) => SyntaxFacts.Find(Symbol.Intern(head))!;

    private static Node ParseOk(string source)
    {
        var result = JslParser.Parse(source, "t.jsl");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Root;
    }

    [Theory]
    [MemberData(nameof(BinaryRows))]
    public void Every_binary_row_parses_to_its_head_and_prints_back(string head)
    {
        var row = Row(head);
        var source = $"a {row.Token} b";
        var call = Assert.IsType<CallNode>(ParseOk(source));
        Assert.Same(row.Head, call.Head);
        Assert.Equal(source, ExpressionPrinter.Print(call));
    }

    [Theory]
    [MemberData(nameof(BinaryRows))]
    public void Every_binary_row_binds_against_plus_as_its_level_says(string head)
    {
        var row = Row(head);
        var plus = Row("Add");
        if (row.Level == plus.Level) return;
        var call = Assert.IsType<CallNode>(ParseOk($"a {row.Token} b + c"));
        // The looser operator is the root; the printer needs no parentheses to say the same.
        Assert.Same(row.Level > plus.Level ? row.Head : plus.Head, call.Head);
        Assert.Equal($"a {row.Token} b + c", ExpressionPrinter.Print(call));
    }

    [Fact]
    public void Prefix_and_postfix_rows_parse_and_print_back()
    {
        foreach (var row in SyntaxFacts.Operators.Where(r => r.Shape is OperatorShape.Prefix or OperatorShape.Postfix))
        {
            var source = row.Shape == OperatorShape.Prefix ? $"{row.Token}a" : $"a{row.Token}";
            var call = Assert.IsType<CallNode>(ParseOk(source));
            Assert.Same(row.Head, call.Head);
            Assert.Equal(source, ExpressionPrinter.Print(call));
        }
    }

    [Fact]
    public void Mixed_comparison_rows_parse_and_print_back()
    {
        foreach (var row in SyntaxFacts.Operators.Where(r => r.LaterToken is not null))
        {
            var source = $"a {row.Token} b {row.LaterToken} c";
            var call = Assert.IsType<CallNode>(ParseOk(source));
            Assert.Same(row.Head, call.Head);
            Assert.Equal(source, ExpressionPrinter.Print(call));
        }
    }

    [Fact]
    public void Every_head_has_one_row() =>
        Assert.Equal(SyntaxFacts.Operators.Count, SyntaxFacts.Operators.Select(r => r.Head).Distinct().Count());

    [Theory]
    [InlineData("(a + b) * c")]
    [InlineData("a - (b - c)")]
    [InlineData("a = b = c")]
    [InlineData("2 ^ 3 ^ 2")]
    [InlineData("(2 ^ 3) ^ 2")]
    [InlineData("-(a + b)")]
    [InlineData("!a & b")]
    [InlineData("a << m(1) << n")]
    [InlineData("x[1]++")]
    [InlineData("{1, a + b}")]
    public void The_printer_adds_parentheses_exactly_where_the_levels_need_them(string source) =>
        Assert.Equal(source, ExpressionPrinter.Print(ParseOk(source)));
}
