using Jsl.Runtime.Formatting;
using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Syntax;

/// <summary><c>P:name</c> and <c>P:name(args)</c> after any primary or postfix expression, as the parallel branches agreed.</summary>
public class ParserQualifiedTailTests
{
    [Theory]
    [InlineData("x[i]:m", "Subscript(x, i):m")]
    [InlineData("(a + b):m", "Add(a, b):m")]
    [InlineData("f(x):m", "f(x):m")]
    [InlineData("Namespace(\"n\"):m", "Namespace(\"n\"):m")]
    [InlineData("::a:b", "::a:b")]
    [InlineData("obj:method(1, 2)", "obj:method(1, 2)")]
    [InlineData("this:x", "this:x")]
    [InlineData("super:m(args)", "super:m(args)")]
    [InlineData("obj:member = value", "Assign(obj:member, value)")]
    [InlineData("obj:member[2] = v", "Assign(Subscript(obj:member, 2), v)")]
    [InlineData("obj:list[2]", "Subscript(obj:list, 2)")]
    [InlineData("obj:m += 2", "Add To(obj:m, 2)")]
    [InlineData("obj:m++", "PostIncrement(obj:m)")]
    [InlineData("x[1]:f(2):g", "Subscript(x, 1):f(2):g")]
    [InlineData("f(x):g(y)", "f(x):g(y)")]
    [InlineData("-x[1]:m", "Minus(Subscript(x, 1):m)")]
    [InlineData("a + b[1]:c * 2", "Add(a, Multiply(Subscript(b, 1):c, 2))")]
    [InlineData("aa[\"k\"]:y", "Subscript(aa, \"k\"):y")]
    [InlineData("this:inner << matches(x)", "Send(this:inner, matches(x))")]
    [InlineData("x[1]:(n)", "As Scoped(Subscript(x, 1), n)")]
    public void A_colon_qualifies_any_primary_or_postfix_expression(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Fact]
    public void The_qualifier_of_a_subscript_tail_is_the_subscript_node()
    {
        var name = Assert.IsType<NameNode>(JslParser.Parse("x[i]:m", "t").Root);
        Assert.Equal(NameScope.Qualified, name.Scope);
        var subscript = Assert.IsType<CallNode>(name.Qualifier);
        Assert.Same(Heads.Subscript, subscript.Head);
    }

    [Fact]
    public void A_call_tail_on_a_call_keeps_the_call_as_qualifier()
    {
        var call = Assert.IsType<CallNode>(JslParser.Parse("f(x):g(1)", "t").Root);
        Assert.Equal("g", call.HeadText);
        var qualifier = Assert.IsType<CallNode>(call.Qualifier);
        Assert.Equal("f", qualifier.HeadText);
    }

    [Fact]
    public void Chains_qualify_step_by_step()
    {
        var c = Assert.IsType<NameNode>(JslParser.Parse("(a):b:c", "t").Root);
        var b = Assert.IsType<NameNode>(c.Qualifier);
        Assert.Equal("b", b.Text);
        Assert.Equal("a", Assert.IsType<NameNode>(b.Qualifier).Text);
    }

    [Theory]
    [InlineData("x[i]:m", "x[i]:m")]
    [InlineData("(a + b):m", "(a + b):m")]
    [InlineData("f(x):m(1)", "f(x):m(1)")]
    [InlineData("Namespace(\"n\"):m", "Namespace(\"n\"):m")]
    [InlineData("::a:b", "::a:b")]
    [InlineData("obj:member[2] = v", "obj:member[2] = v")]
    [InlineData("(x++):m", "(x++):m")]
    [InlineData("obj:sum()", "obj:sum()")]
    public void The_printer_writes_qualified_tails_back_as_written(string source, string expected) =>
        Assert.Equal(expected, ExpressionPrinter.Print(JslParser.Parse(source, "t").Root));
}
