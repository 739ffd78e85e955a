using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Tests.Builtins.Core;

/// <summary>
/// Expressions whose head is a string, <c>"abc"(1, 2, 3)</c> (a CallNode with HeadIsString), as
/// data: built here directly, since the parser that reads them belongs to the syntax work.
/// </summary>
public sealed class StringHeadedCallTests
{
    private static readonly SourcePosition At = new("t.jsl", 1, 1);

    private static CallNode Abc() => new(At, Symbol.Intern("abc"), "abc", [new NumberNode(At, 1), new NumberNode(At, 2), new NumberNode(At, 3)], qualifier: null, headIsString: true);

    private static string Run(string script)
    {
        var engine = new Engine();
        engine.Interpreter.Globals.Variables.Set(Symbol.Intern("e"), new ExpressionValue(Abc()));
        return ValueFormatter.ToText(engine.EvaluateValue(script, "t.jsl"));
    }

    [Fact]
    public void Prints_with_its_head_quoted() => Assert.Equal("\"abc\"(1, 2, 3)", ExpressionPrinter.Print(Abc()));

    [Theory]
    [InlineData("Head Name( e )", "abc")]
    [InlineData("Char( Head( e ) )", "abc")]
    [InlineData("N Arg( e )", "3")]
    [InlineData("N Items( e )", "3")]
    [InlineData("Arg( e, 2 )", "2")]
    [InlineData("Char( Insert( e, 4 ) )", "\"abc\"(1, 2, 3, 4)")]
    [InlineData("Char( Remove( e, 1 ) )", "\"abc\"(2, 3)")]
    [InlineData("Char( Substitute( e, 2, 20 ) )", "\"abc\"(1, 20, 3)")]
    [InlineData("Insert Into( e, 0, 1 ); Char( Name Expr( e ) )", "\"abc\"(0, 1, 2, 3)")]
    public void Is_taken_apart_and_edited_like_any_call(string script, string expected) => Assert.Equal(expected, Run(script));

    [Fact]
    public void A_name_substitution_does_not_touch_a_string_head()
    {
        Assert.Equal("\"abc\"(1, 2, 3)", Run("Char( Substitute( e, Expr( abc ), Expr( xyz ) ) )"));
    }
}
