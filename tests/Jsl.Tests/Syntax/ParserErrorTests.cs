using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Syntax;

public class ParserErrorTests
{
    private static string[] Errors(string source) =>
        [.. JslParser.Parse(source, "t.jsl").Errors.Select(e => $"{e.Position.Line}:{e.Position.Column}: {e.Message}")];

    [Theory]
    [InlineData("f(a;", "1:5: expected ')' but found end of file")]
    [InlineData("f(a \"b\")", "1:5: expected ')' but found '\"b\"'")]
    [InlineData("(a, b)", "1:3: expected ')' but found ','")]
    [InlineData("{a \"b\"}", "1:4: expected '}' but found '\"b\"'")]
    [InlineData("a[1", "1:4: expected ']' but found end of file")]
    [InlineData("x = ;", "1:5: expected an expression but found ';'")]
    [InlineData("x = 1 +", "1:8: expected an expression but found end of file")]
    [InlineData("a b = 1 2", "1:9: expected ';' but found '2'")]
    [InlineData(")", "1:1: expected end of file but found ')'")]
    [InlineData("f(1))", "1:5: expected end of file but found ')'")]
    [InlineData("x = ()", "1:6: expected an expression but found ')'")]
    [InlineData("::1", "1:3: expected a name but found '1'")]
    [InlineData("a << 5 +", "1:9: expected an expression but found end of file")]
    [InlineData("a << ;", "1:6: expected a message but found ';'")]
    [InlineData("[\"a\" => 1, \"b\"]", "1:15: expected '=>' but found ']'")]
    [InlineData("f(a]", "1:4: expected ')' but found ']'")]
    [InlineData("x = \"a very long string literal that goes on and on\" y", "1:54: expected ';' but found 'y'")]
    public void Error_messages_say_what_was_expected_and_what_was_found(string source, string expected) =>
        Assert.Equal([expected], Errors(source));

    [Theory]
    [InlineData("x == .", "1:3")]
    [InlineData("x != .", "1:3")]
    [InlineData(". == x", "1:3")]
    [InlineData("If(a == 1 & b != ., 1)", "1:15")]
    public void Comparing_with_a_literal_missing_is_a_syntax_error(string source, string at) =>
        Assert.Equal([$"{at}: Comparisons with missing must be done with the isMissing() function"], Errors(source));

    [Theory]
    [InlineData("x < .")]
    [InlineData("x == -.")]
    [InlineData("Is Missing(.)")]
    [InlineData("x = .")]
    public void Other_uses_of_missing_are_fine(string source) => Assert.Empty(Errors(source));

    [Fact]
    public void One_parse_reports_every_independent_error()
    {
        const string source = "a = f(1 2);\nb = [1 2, 3];\nc = (4 5);\nd = 5 +;\ne = # 1;\nok = 1;";
        Assert.Equal(
        [
            "1:9: expected ')' but found '2'",
            "2:11: expected 2 numbers in each matrix row but found 1",
            "3:8: expected ')' but found '5'",
            "4:8: expected an expression but found ';'",
            "5:5: expected a name, number, string or operator but found '#'",
        ], Errors(source));
    }

    [Fact]
    public void Recovery_keeps_the_rest_of_the_tree()
    {
        var result = JslParser.Parse("a = f(1 2);\nb = 2;", "t.jsl");
        Assert.Single(result.Errors);
        Assert.Equal("Glue(Assign(a, f(1)), Assign(b, 2))", TreePrinter.Print(result.Root));
    }

    [Fact]
    public void A_broken_expression_becomes_Empty_in_the_tree()
    {
        var result = JslParser.Parse("x = ; y = 1", "t.jsl");
        Assert.Equal("Glue(Assign(x, Empty()), Assign(y, 1))", TreePrinter.Print(result.Root));
    }

    [Fact]
    public void A_missing_closer_deep_inside_is_reported_once()
    {
        var errors = Errors("If(a, Print(1;\n  b = 2;\n);\nc = 3;");
        Assert.Single(errors);
    }

    [Fact]
    public void Errors_are_in_source_order_even_when_lexer_and_parser_both_report()
    {
        var errors = Errors("x = ;\n$\ny = )");
        Assert.Equal(3, errors.Length);
        Assert.StartsWith("2:1:", errors[1], StringComparison.Ordinal);
        Assert.Equal(errors.OrderBy(e => int.Parse(e.Split(':')[0])), errors);
    }

    [Fact]
    public void Deep_nesting_is_a_syntax_error_not_a_stack_overflow()
    {
        var source = new string('(', 100_000) + "1" + new string(')', 100_000);
        var result = JslParser.Parse(source, "deep.jsl");
        var error = Assert.Single(result.Errors);
        Assert.Equal($"expected at most {Parser.MaxDepth} levels of nesting but found nesting too deep", error.Message);
    }

    [Theory]
    [InlineData("{", 100_000)]
    [InlineData("f(", 50_000)]
    [InlineData("[\"k\" => ", 30_000)]
    [InlineData("- ", 100_000)]
    [InlineData("!", 100_000)]
    [InlineData("a = ", 100_000)]
    [InlineData("2 ^ ", 100_000)]
    [InlineData("x << (", 50_000)]
    [InlineData("\"s\"(", 50_000)]
    public void Every_kind_of_deep_nesting_is_caught(string opener, int count)
    {
        var result = JslParser.Parse(string.Concat(Enumerable.Repeat(opener, count)) + "1", "deep.jsl");
        Assert.Contains(result.Errors, e => e.Message.Contains("nesting too deep", StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_block_comments_are_counted_not_recursed()
    {
        var source = string.Concat(Enumerable.Repeat("/*", 200_000)) + string.Concat(Enumerable.Repeat("*/", 200_000)) + "x";
        var result = JslParser.Parse(source, "deep.jsl");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Nesting_below_the_limit_is_fine()
    {
        var source = new string('(', 200) + "1" + new string(')', 200);
        Assert.True(JslParser.Parse(source, "t").Succeeded);
    }

    [Fact]
    public void Long_flat_chains_do_not_recurse()
    {
        var source = string.Join(" + ", Enumerable.Repeat("1", 50_000)) + ";" + string.Join(";", Enumerable.Repeat("x", 50_000));
        Assert.True(JslParser.Parse(source, "t").Succeeded);
    }

    [Theory]
    [InlineData("//-e16.0\n0,\n4477,55136eJwdmNd17DgQ\nRPPZFOA9QBCO8JN/IK")]
    [InlineData("//-e6.0.2\r\n1,\r\n2,abc")]
    public void An_encrypted_script_gets_one_error_at_its_start_instead_of_errors_for_its_ciphertext(string source) =>
        Assert.Equal(["1:1: this script is encrypted (JMP's Encrypt Script); jsl cannot decrypt it: run the unencrypted source"], Errors(source));

    [Theory]
    [InlineData("//-e is how a comment may begin\nx = 1;")]
    [InlineData("//-e\nx = 1;")]
    [InlineData("x = 1; //-e16.0")]
    public void A_comment_that_only_looks_like_the_mark_is_a_comment(string source) => Assert.Empty(Errors(source));
}
