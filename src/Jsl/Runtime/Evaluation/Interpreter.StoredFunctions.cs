using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

internal sealed partial class Interpreter
{
    private static readonly Symbol FunctionSymbol = Symbol.Intern("Function");

    /// <summary>
    /// The value a read of a variable gives: a variable holding an expression evaluates it (the
    /// Scripting Guide's macros: <c>x = Expr( ... ); x</c>; <c>Name Expr</c> gets the expression).
    /// A stored <c>Function( ... )</c> definition so evaluates to its function, as jsl-hamcrest's
    /// <c>As Scoped( "global", name ) = function decl</c> (a parameter given <c>Expr( Function( ... ) )</c>) expects.
    /// A published custom function runs, as a built-in named bare does (<see cref="FunctionValue.AsCustomFunction"/>).
    /// The expression is a level of recursion of its own (<c>x = Expr( x + 1 ); x</c> reads itself
    /// for ever), so it passes the depth guard and counts as a step, as a function call does.
    /// </summary>
    internal Value ReadStored(Value stored, Scope scope, Node read) => stored switch
    {
        ExpressionValue expression => EvalStoredExpression(expression.Node, scope, read),
        FunctionValue { RunsWhenNamed: true } custom => Invoke(custom, [], scope),
        _ => stored,
    };

    /// <remarks>
    /// Decision: an error raised by the stored expression itself (<c>m = Expr( mno ); m || "xyz"</c>)
    /// keeps its message and the failing expression's text, but is reported at
    /// <paramref name="read"/>, the statement that read the variable: the place the script failed
    /// when it ran, where a position inside the <c>Expr( ... )</c> written lines earlier would
    /// send the user to a line that ran without error. An error raised in a function the
    /// expression calls keeps its own position, inside that function's body.
    /// </remarks>
    private Value EvalStoredExpression(Node node, Scope scope, Node read)
    {
        Errors.DepthGuard.Enter(node);
        State.Budget.Step(node);
        try
        {
            return Eval(node, scope);
        }
        catch (Errors.JslRuntimeError error) when (error.MovedTo(read, node))
        {
            // Never entered: the filter moves the error and declines it, so no level catches and
            // throws again (a rethrow per level of a deep recursion would nest the unwinding).
            throw;
        }
    }

    /// <summary>
    /// The value a read <c>obj:name</c> of an object's member gives. Decision: a member holding a
    /// function definition (<c>obj:fn = Eval Expr( Function( {}, ... ) )</c>, assigned at run time)
    /// read without parentheses runs that function with no arguments, so <c>obj:fn</c> and
    /// <c>obj:fn()</c> agree, as jsl-hamcrest's mock functions (whose tests pass in JMP) read
    /// <c>mock:fn</c>; it is a call with no arguments, so a function with required parameters
    /// says "not enough arguments". Every other member reads as <see cref="ReadStored"/> gives it.
    /// </summary>
    internal Value ReadMember(Value stored, NameNode name, Scope scope)
    {
        var value = ReadStored(stored, scope, name);
        return value is FunctionValue function && stored is ExpressionValue expression && IsFunctionDefinition(expression.Node)
            ? Invoke(function, new CallNode(name.Position, name.Symbol, name.Text, []), scope)
            : value;
    }

    /// <summary>
    /// The function a call <c>name( args )</c> runs when the variable <paramref name="stored"/> is
    /// what the name holds: a function value, or a stored <c>Function( ... )</c> definition, which is
    /// evaluated into its function (then called with the call's arguments); null when it holds
    /// anything else (any other stored expression is left unevaluated, so a failed call runs nothing).
    /// </summary>
    internal FunctionValue? CallableStored(Value? stored, Scope scope) => stored switch
    {
        FunctionValue function => function,
        ExpressionValue expression when IsFunctionDefinition(expression.Node) => Eval(expression.Node, scope) as FunctionValue,
        _ => null,
    };

    private static bool IsFunctionDefinition(Node node) =>
        node is CallNode { Qualifier: null, HeadIsString: false } call && ReferenceEquals(call.Head, FunctionSymbol);
}
