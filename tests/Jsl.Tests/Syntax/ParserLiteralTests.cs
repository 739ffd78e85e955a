using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Syntax;

public class ParserLiteralTests
{
    private static NumberNode Number(string source) => Assert.IsType<NumberNode>(Parse(source));

    private static Node Parse(string source)
    {
        var result = JslParser.Parse(source, "t.jsl");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Root;
    }

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("12.5", 12.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1E-20", 1e-20)]
    [InlineData("3E3", 3000.0)]
    [InlineData("0.314159265E+1", 3.14159265)]
    [InlineData("007", 7.0)]
    [InlineData("-4", -4.0)]
    public void Numbers(string source, double value)
    {
        var number = Number(source);
        Assert.Equal(value, number.Value, 12);
        Assert.False(number.IsDate);
    }

    [Fact]
    public void A_lone_period_is_missing() => Assert.True(double.IsNaN(Number(".").Value));

    [Theory]
    [InlineData("01jan1904", 0.0)]
    [InlineData("5oct1998", 2990390400.0)]
    [InlineData("20MAR1991", 2752272000.0)]
    [InlineData("19May2011", 3388608000.0)]
    [InlineData("15Jul2000", 3046464000.0)]
    [InlineData("01JAN98", 2966457600.0)]
    [InlineData("1jan98", 2966457600.0)]
    [InlineData("01jan12", 3408220800.0)]
    [InlineData("29Feb2004", 3160857600.0)]
    [InlineData("19May2011:10:10", 3388644600.0)]
    [InlineData("01jan2012:10:30:00", 3408258600.0)]
    [InlineData("01jan2012:00:00:01.5", 3408220801.5)]
    public void Date_literals_are_seconds_since_1904(string source, double seconds)
    {
        var number = Number(source);
        Assert.Equal(seconds, number.Value);
        Assert.True(number.IsDate);
    }

    [Fact]
    public void Date_literal_arithmetic_parses() =>
        Assert.Equal("Add(date:3388608000, 1)", TreePrinter.Parse("19May2011 + 1"));

    [Theory]
    [InlineData("2x")]
    [InlineData("01foo2012")]
    [InlineData("32jan2012")]
    [InlineData("29feb2001")]
    [InlineData("01jan201")]
    [InlineData("123abc")]
    [InlineData("1.5jan2000")]
    [InlineData("01jan2012x")]
    public void A_number_followed_by_letters_that_is_no_date_is_an_error(string source)
    {
        var result = JslParser.Parse(source, "t.jsl");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("expected a number or a date like 01jan2012 but found '", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Position.Column);
    }

    [Theory]
    [InlineData("\"hello\"", "hello")]
    [InlineData("\"\"", "")]
    [InlineData("\"a\\!\"b\"", "a\"b")]
    [InlineData("\"\\!n\\!r\\!t\"", "\n\r\t")]
    [InlineData("\"\\!\\\"", "\\")]
    [InlineData("\"\\!0\\!b\\!f\"", "\0\b\f")]
    [InlineData("\"\\!q\"", "\\!q")]
    [InlineData("\"(\\d+)-\\d\"", "(\\d+)-\\d")]
    [InlineData("\"line one\nline two\"", "line one\nline two")]
    [InlineData("\"\\[raw \"quoted\" \\!n]\\\"", "raw \"quoted\" \\!n")]
    [InlineData("\"before \\[x\"y]\\ after\\!t\"", "before x\"y after\t")]
    [InlineData("\"~0d~0a\"", "~0d~0a")]
    [InlineData("\"Caf\u00e9 \u65e5\u672c\"", "Caf\u00e9 \u65e5\u672c")]
    public void Strings_and_escapes(string source, string value) =>
        Assert.Equal(value, Assert.IsType<StringNode>(Parse(source)).Value);

    [Fact]
    public void Platform_newline_escape_uses_the_host_newline() =>
        Assert.Equal(Environment.NewLine, Assert.IsType<StringNode>(Parse("\"\\!N\"")).Value);

    [Fact]
    public void Raw_passage_over_several_lines_keeps_everything()
    {
        const string source = "jslPhrase = \"The JSL is :\\[\na = \"hello\";\nshow(a);\n]\\ and so on.\"";
        var assign = Assert.IsType<CallNode>(Parse(source));
        Assert.Equal("The JSL is :\na = \"hello\";\nshow(a);\n and so on.", Assert.IsType<StringNode>(assign.Args[1]).Value);
    }

    [Theory]
    [InlineData("[1 2 3]", "[1 2 3]", 1, 3)]
    [InlineData("[1, 2, 3]", "[1, 2, 3]", 3, 1)]
    [InlineData("[1 2, 3 4]", "[1 2, 3 4]", 2, 2)]
    [InlineData("[]", "[]", 0, 0)]
    [InlineData("[-1 .5 .]", "[-1 0.5 .]", 1, 3)]
    [InlineData("[1e3 +2 -3e-1]", "[1000 2 -0.3]", 1, 3)]
    [InlineData("[11 22 33,\n 44 55 66]", "[11 22 33, 44 55 66]", 2, 3)]
    public void Matrix_literals(string source, string printed, int rows, int columns)
    {
        var matrix = Assert.IsType<MatrixNode>(Parse(source));
        Assert.Equal(printed, TreePrinter.Print(matrix));
        Assert.Equal(rows, matrix.Rows);
        Assert.Equal(columns, matrix.Columns);
        Assert.Equal(rows * columns, matrix.Values.Count);
    }

    [Fact]
    public void Ragged_matrix_rows_are_an_error()
    {
        var result = JslParser.Parse("x = [1 2, 3];", "t.jsl");
        var error = Assert.Single(result.Errors);
        Assert.Equal("expected 2 numbers in each matrix row but found 1", error.Message);
        Assert.Equal(11, error.Position.Column);
    }

    [Fact]
    public void A_matrix_item_that_is_not_a_number_is_an_error()
    {
        var result = JslParser.Parse("[1 a, 3]; y", "t.jsl");
        Assert.Equal("expected a number or ']' but found 'a'", Assert.Single(result.Errors).Message);
        Assert.Equal("Glue([], y)", TreePrinter.Print(result.Root));
    }

    [Theory]
    [InlineData("[=>]", "[=>]")]
    [InlineData("[=> 0]", "[=> 0]")]
    [InlineData("[\"a\" => 1, \"b\" => 2]", "[\"a\" => 1, \"b\" => 2]")]
    [InlineData("[\"a\" => 10, \"b\" => 3, => 0]", "[\"a\" => 10, \"b\" => 3, => 0]")]
    [InlineData("[1 => \"one\", 2 => {1, 2}]", "[1 => \"one\", 2 => List(1, 2)]")]
    [InlineData("[\"k\" => [1 2], \"m\" => [=>]]", "[\"k\" => [1 2], \"m\" => [=>]]")]
    [InlineData("[\"a\" => 1,]", "[\"a\" => 1]")]
    [InlineData("[k => -1 + 2]", "[k => Add(-1, 2)]")]
    public void Associative_array_literals(string source, string printed) =>
        Assert.Equal(printed, TreePrinter.Print(Assert.IsType<AssociativeArrayNode>(Parse(source))));

    [Fact]
    public void Associative_array_default_is_kept_apart_from_the_entries()
    {
        var aa = Assert.IsType<AssociativeArrayNode>(Parse("[\"a\" => 1, => 0]"));
        Assert.Single(aa.Keys);
        Assert.Single(aa.Values);
        Assert.Equal(0, Assert.IsType<NumberNode>(aa.DefaultValue).Value);
        Assert.Null(Assert.IsType<AssociativeArrayNode>(Parse("[=>]")).DefaultValue);
    }

    [Theory]
    [InlineData("{}", "List()")]
    [InlineData("{1, 2 + 3, [11 22]}", "List(1, Add(2, 3), [11 22])")]
    [InlineData("{{a}, {b, c}}", "List(List(a), List(b, c))")]
    [InlineData("{a = 1, b}", "List(Assign(a, 1), b)")]
    [InlineData("{1, , 3}", "List(1, Empty(), 3)")]
    public void Lists(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Fact]
    public void Subscript_after_an_operand_and_matrix_in_operand_position() =>
        Assert.Equal("Subscript([1 2 3], 2)", TreePrinter.Parse("[1 2 3][2]"));
}
