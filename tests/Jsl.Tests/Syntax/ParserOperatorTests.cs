using Xunit;

namespace Jsl.Tests.Syntax;

public class ParserOperatorTests
{
    [Theory]
    [InlineData("1 + 2 * 3", "Add(1, Multiply(2, 3))")]
    [InlineData("1 * 2 + 3", "Add(Multiply(1, 2), 3)")]
    [InlineData("a - b - c", "Subtract(Subtract(a, b), c)")]
    [InlineData("a / b * c", "Multiply(Divide(a, b), c)")]
    [InlineData("a :* b :/ c", "E Div(E Mult(a, b), c)")]
    [InlineData("a || b || c", "Concat(Concat(a, b), c)")]
    [InlineData("a |/ b", "V Concat(a, b)")]
    [InlineData("a || b + c", "Concat(a, Add(b, c))")]
    [InlineData("1 :: 5", "Index(1, 5)")]
    [InlineData("1 :: n + 1", "Index(1, Add(n, 1))")]
    [InlineData("a || b :: c", "Index(Concat(a, b), c)")]
    public void Binary_operators_follow_the_precedence_table(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("2 ^ 3 ^ 2", "Power(2, Power(3, 2))")]
    [InlineData("-2 ^ 2", "Minus(Power(2, 2))")]
    [InlineData("2 ^ -1", "Power(2, -1)")]
    [InlineData("a * b ^ 2", "Multiply(a, Power(b, 2))")]
    [InlineData("x++ ^ 2", "Power(PostIncrement(x), 2)")]
    public void Power_binds_tighter_than_unary_minus_and_groups_right(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("-x", "Minus(x)")]
    [InlineData("-3", "-3")]
    [InlineData("- 3.5", "-3.5")]
    [InlineData("-x * y", "Multiply(Minus(x), y)")]
    [InlineData("!x", "Not(x)")]
    [InlineData("!!x", "Not(Not(x))")]
    [InlineData("!x & y", "And(Not(x), y)")]
    [InlineData("!Is Missing(x)", "Not(Is Missing(x))")]
    [InlineData("- -x", "Minus(Minus(x))")]
    [InlineData("2 - -3", "Subtract(2, -3)")]
    [InlineData("a -1", "Subtract(a, 1)")]
    [InlineData("-x++", "Minus(PostIncrement(x))")]
    public void Unary_operators(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("x++", "PostIncrement(x)")]
    [InlineData("x--", "PostDecrement(x)")]
    [InlineData("m`", "Transpose(m)")]
    [InlineData("[1 2]`", "Transpose([1 2])")]
    [InlineData("timeout-- > 0", "Greater(PostDecrement(timeout), 0)")]
    [InlineData("a[1]++", "PostIncrement(Subscript(a, 1))")]
    public void Postfix_operators(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("a = 1", "Assign(a, 1)")]
    [InlineData("a = b = c", "Assign(a, Assign(b, c))")]
    [InlineData("a += b -= c", "Add To(a, Subtract To(b, c))")]
    [InlineData("a *= 2", "Multiply To(a, 2)")]
    [InlineData("a /= 2", "Divide To(a, 2)")]
    [InlineData("s ||= \"x\"", "Concat To(s, \"x\")")]
    [InlineData("m |/= n", "V Concat To(m, n)")]
    [InlineData("a = b | c", "Assign(a, Or(b, c))")]
    [InlineData("a[i] = v", "Assign(Subscript(a, i), v)")]
    [InlineData("{a, b} = {1, 2}", "Assign(List(a, b), List(1, 2))")]
    public void Assignment_is_right_associative_and_loosest_but_glue(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("a | b | c", "Or(a, b, c)")]
    [InlineData("a & b & c", "And(a, b, c)")]
    [InlineData("a | b & c", "Or(a, And(b, c))")]
    [InlineData("a & b | c & d", "Or(And(a, b), And(c, d))")]
    [InlineData("a < b & c < d", "And(Less(a, b), Less(c, d))")]
    [InlineData("a | (b | c)", "Or(a, Or(b, c))")]
    public void Or_and_And_fold_into_nary_calls(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("a == b", "Equal(a, b)")]
    [InlineData("a != b", "Not Equal(a, b)")]
    [InlineData("a < b", "Less(a, b)")]
    [InlineData("a <= b", "Less or Equal(a, b)")]
    [InlineData("a > b", "Greater(a, b)")]
    [InlineData("a >= b", "Greater or Equal(a, b)")]
    [InlineData("3 > 2 > 1", "Greater(3, 2, 1)")]
    [InlineData("1 == 1 == 1", "Equal(1, 1, 1)")]
    [InlineData("1 < 2 <= 2", "Less LessEqual(1, 2, 2)")]
    [InlineData("1 < 2 <= 2 <= 3", "Less LessEqual(1, 2, 2, 3)")]
    [InlineData("2 <= 2 < 3", "LessEqual Less(2, 2, 3)")]
    [InlineData("a == b != c", "Not Equal(Equal(a, b), c)")]
    [InlineData("a < b > c", "Greater(Less(a, b), c)")]
    [InlineData("a == b == c != d", "Not Equal(Equal(a, b, c), d)")]
    [InlineData("a + 1 < b * 2", "Less(Add(a, 1), Multiply(b, 2))")]
    public void Comparison_chains(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("obj << Msg", "Send(obj, Msg)")]
    [InlineData("obj << Get Keys", "Send(obj, Get Keys)")]
    [InlineData("a << B << C", "Send(Send(a, B), C)")]
    [InlineData("skt << Recv(1000, \"cb\", 30)", "Send(skt, Recv(1000, \"cb\", 30))")]
    [InlineData("rc = skt << recv(10000)", "Assign(rc, Send(skt, recv(10000)))")]
    [InlineData("(sk << getSockName)[3]", "Subscript(Send(sk, getSockName), 3)")]
    [InlineData("x << Msg == 1", "Equal(Send(x, Msg), 1)")]
    [InlineData("a || b << M", "Send(Concat(a, b), M)")]
    [InlineData("dt << Clear Select << Select Rows([2 4])", "Send(Send(dt, Clear Select), Select Rows([2 4]))")]
    [InlineData("ns:obj << Delete", "Send(ns:obj, Delete)")]
    public void Send_is_left_associative_with_an_unevaluated_message(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("Char(x, <<Use Locale(1))", "Char(x, Send(Use Locale(1)))")]
    [InlineData("Num(s, <<Restrict)", "Num(s, Send(Restrict))")]
    [InlineData("Include(p, << Parse Only, <<New Context)", "Include(p, Send(Parse Only), Send(New Context))")]
    public void Unary_send_in_an_argument_list_is_a_one_argument_Send(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("a[1]", "Subscript(a, 1)")]
    [InlineData("m[1, 2]", "Subscript(m, 1, 2)")]
    [InlineData("m[0, 2]", "Subscript(m, 0, 2)")]
    [InlineData("m[, 2]", "Subscript(m, Empty(), 2)")]
    [InlineData("a[1][2]", "Subscript(Subscript(a, 1), 2)")]
    [InlineData("aa[\"key\"]", "Subscript(aa, \"key\")")]
    [InlineData("a[{1, 3}]", "Subscript(a, List(1, 3))")]
    [InlineData("f(x)[2]", "Subscript(f(x), 2)")]
    [InlineData("{1, 2}[1]", "Subscript(List(1, 2), 1)")]
    [InlineData("xs[Where(xs >= 20)]", "Subscript(xs, Where(Greater or Equal(xs, 20)))")]
    public void Subscripts(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("a; b; c", "Glue(a, b, c)")]
    [InlineData("a; b;", "Glue(a, b)")]
    [InlineData("a;", "a")]
    [InlineData("a;;b", "Glue(a, b)")]
    [InlineData("", "Empty()")]
    [InlineData("  // only a comment\n", "Empty()")]
    [InlineData(";", "Empty()")]
    [InlineData("(a; b); c", "Glue(Glue(a, b), c)")]
    [InlineData("If(x < 5, y = 3; z++)", "If(Less(x, 5), Glue(Assign(y, 3), PostIncrement(z)))")]
    [InlineData("f(a;)", "f(a)")]
    [InlineData("{a; b, c}", "List(Glue(a, b), c)")]
    [InlineData("x = 1; y = x + 1", "Glue(Assign(x, 1), Assign(y, Add(x, 1)))")]
    public void Glue_is_loosest_and_flattened(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("(1 + 2) * 3", "Multiply(Add(1, 2), 3)")]
    [InlineData("((a))", "a")]
    [InlineData("-(1 + 2)", "Minus(Add(1, 2))")]
    public void Parentheses_group(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));
}
