using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Syntax;

public class ParserNameTests
{
    [Theory]
    [InlineData("Net Income - Taxes", "Subtract(Net Income, Taxes)")]
    [InlineData("all contents = Get Log()", "Assign(all contents, Get Log())")]
    [InlineData("Names Default To Here(1)", "Names Default To Here(1)")]
    [InlineData("Char To Blob (s)", "Char To Blob(s)")]
    [InlineData("f\n(1)", "f(1)")]
    [InlineData("_to string_ = 1", "Assign(_to string_, 1)")]
    [InlineData("a.b", "a.b")]
    [InlineData("x'y%z\\w", "x'y%z\\w")]
    [InlineData("for\n  age", "for age")]
    [InlineData("ex rev(\"abcd\")", "ex rev(\"abcd\")")]
    [InlineData("Pi()", "Pi()")]
    [InlineData("f(a, , b)", "f(a, Empty(), b)")]
    [InlineData("f(, a)", "f(Empty(), a)")]
    [InlineData("f(a, )", "f(a)")]
    [InlineData("New Custom Function(\"c\", f, <<Transform Category(\"Custom\"), \n\n)", "New Custom Function(\"c\", f, Send(Transform Category(\"Custom\")))")]
    [InlineData("x\u2264y", "x\u2264y")]
    public void Names_and_calls(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Fact]
    public void A_name_keeps_its_folded_text_and_interns_a_canonical_symbol()
    {
        var name = Assert.IsType<NameNode>(JslParser.Parse("Char  To\tBlob", "t").Root);
        Assert.Equal("Char To Blob", name.Text);
        Assert.Same(Symbol.Intern("chartoblob"), name.Symbol);
    }

    [Fact]
    public void A_call_keeps_its_head_text_and_interned_head()
    {
        var call = Assert.IsType<CallNode>(JslParser.Parse("char to  blob( 1 )", "t").Root);
        Assert.Equal("char to blob", call.HeadText);
        Assert.Same(Symbol.Intern("CharToBlob"), call.Head);
        Assert.Null(call.Qualifier);
    }

    [Theory]
    [InlineData("::x", "::x")]
    [InlineData(":::x", ":::x")]
    [InlineData("::: ex = 23", "Assign(:::ex, 23)")]
    [InlineData(":x", ":x")]
    [InlineData(":height[2]", "Subscript(:height, 2)")]
    [InlineData("Here:x", "Here:x")]
    [InlineData("ns:x", "ns:x")]
    [InlineData("\"ns\":x", "\"ns\":x")]
    [InlineData("dt:col", "dt:col")]
    [InlineData("exdt:height[1]", "Subscript(exdt:height, 1)")]
    [InlineData("Here:z = 23.5", "Assign(Here:z, 23.5)")]
    [InlineData("local:z[1] = x", "Assign(Subscript(local:z, 1), x)")]
    [InlineData("y:real * 2", "Multiply(y:real, 2)")]
    [InlineData("a:b:c", "a:b:c")]
    [InlineData("-::x", "Minus(::x)")]
    [InlineData("::a :: ::b", "Index(::a, ::b)")]
    [InlineData("Here : x", "Here:x")]
    public void Scoped_names_bind_tightest(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Theory]
    [InlineData("ns:f(x)", "ns:f(x)")]
    [InlineData("Here:f(1, 2)", "Here:f(1, 2)")]
    [InlineData("y:Magsq()", "y:Magsq()")]
    [InlineData("\"ns\":f()", "\"ns\":f()")]
    [InlineData("::f(1)", "Global:f(1)")]
    [InlineData("dt:(As Name(\"height\"))[3]", "Subscript(As Scoped(dt, As Name(\"height\")), 3)")]
    [InlineData(":(n)", "As Column(n)")]
    public void Scoped_calls_carry_a_qualifier(string source, string expected) =>
        Assert.Equal(expected, TreePrinter.Parse(source));

    [Fact]
    public void Scope_prefixes_set_the_name_scope()
    {
        Assert.Equal(NameScope.Global, Assert.IsType<NameNode>(JslParser.Parse("::x", "t").Root).Scope);
        Assert.Equal(NameScope.Root, Assert.IsType<NameNode>(JslParser.Parse(":::x", "t").Root).Scope);
        Assert.Equal(NameScope.Column, Assert.IsType<NameNode>(JslParser.Parse(":x", "t").Root).Scope);
        var qualified = Assert.IsType<NameNode>(JslParser.Parse("Here:x", "t").Root);
        Assert.Equal(NameScope.Qualified, qualified.Scope);
        Assert.Equal("Here", Assert.IsType<NameNode>(qualified.Qualifier).Text);
        var stringQualified = Assert.IsType<NameNode>(JslParser.Parse("\"my ns\":x", "t").Root);
        Assert.Equal("my ns", Assert.IsType<StringNode>(stringQualified.Qualifier).Value);
    }

    [Fact]
    public void A_scoped_call_has_the_head_position_and_the_qualifier()
    {
        var call = Assert.IsType<CallNode>(JslParser.Parse("ns:f(x)", "t").Root);
        Assert.Equal(4, call.Position.Column);
        Assert.Equal("ns", Assert.IsType<NameNode>(call.Qualifier).Text);
    }

    [Theory]
    [InlineData("Name(\"a b\")", "a b")]
    [InlineData("name( \"tax\" )", "tax")]
    [InlineData("\"any text\"n", "any text")]
    [InlineData("\"x\\!\"y\"n", "x\"y")]
    public void Name_with_a_string_and_quoted_names_are_names(string source, string text)
    {
        var name = Assert.IsType<NameNode>(JslParser.Parse(source, "t").Root);
        Assert.Equal(text, name.Text);
        Assert.Same(Symbol.Intern(text), name.Symbol);
        Assert.Equal(NameScope.Unqualified, name.Scope);
    }

    [Theory]
    [InlineData("Name(x)", "Name(x)")]
    [InlineData("Name(\"a\", \"b\")", "Name(\"a\", \"b\")")]
    [InlineData("\"abc\" n", "?")]
    public void Name_with_anything_but_one_string_stays_a_call(string source, string expected)
    {
        var result = JslParser.Parse(source, "t");
        if (expected == "?")
        {
            Assert.False(result.Succeeded);
            return;
        }
        Assert.Equal(expected, TreePrinter.Print(result.Root));
    }

    [Fact]
    public void A_string_followed_by_n_and_more_name_characters_is_not_a_quoted_name() =>
        Assert.False(JslParser.Parse("\"abc\"nx", "t").Succeeded);
}
