using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// Expressions seen as calls, whose arguments are their items: what <c>Head</c>, <c>Arg</c>,
/// <c>N Arg</c>, <c>Insert</c>, <c>Remove</c> and <c>Substitute</c> work on.
/// </summary>
internal static class ExpressionCalls
{
    /// <summary>
    /// The call an expression node stands for: a call itself, or an item of <c>exception_msg</c>,
    /// which JMP shows as <c>"message"(1, 2, "head", failing expression)</c>; null for anything else
    /// (a name, a constant).
    /// </summary>
    public static CallNode? AsCall(Node node) => node switch
    {
        CallNode call => call,
        ErrorExpressionNode error => ErrorItemCall(error),
        _ => null,
    };

    /// <summary>
    /// The call that inserting arguments into <paramref name="value"/> extends: its call, or for a
    /// name the call of that name with no arguments yet. jsl-hamcrest builds calls this way:
    /// <c>inner call = Parse("::ut assert that"); Insert Into(inner call, arg)</c> gives
    /// <c>::ut assert that(arg)</c>, written with the name's scope.
    /// </summary>
    public static CallNode? AsCallToExtend(Value value) => value switch
    {
        ExpressionValue { Node: NameNode name } => name.Scope switch
        {
            NameScope.Unqualified => new CallNode(name.Position, name.Symbol, name.Text, []),
            NameScope.Global or NameScope.Root => new CallNode(name.Position, name.Symbol, name.Text, [], new NameNode(name.Position, GlobalScope, "Global")),
            NameScope.Qualified => new CallNode(name.Position, name.Symbol, name.Text, [], name.Qualifier),
            _ => null,
        },
        _ => AsCall(value),
    };

    private static readonly Symbol GlobalScope = Symbol.Intern("Global");

    /// <summary>A copy of <paramref name="call"/> with other arguments: same head, qualifier and head form.</summary>
    public static CallNode WithArgs(CallNode call, IReadOnlyList<Node> args) =>
        call.WithArgs(args);

    /// <summary>The call an expression value stands for, or null when it holds no call.</summary>
    public static CallNode? AsCall(Value value) => value is ExpressionValue e ? AsCall(e.Node) : null;

    /// <summary>The arguments of a call as values, the way list items are values (constants as values, the rest as expressions).</summary>
    public static List<Value> ArgValues(CallNode call)
    {
        var items = new List<Value>(call.Args.Count);
        foreach (var arg in call.Args) items.Add(ListLiterals.ItemValue(arg));
        return items;
    }

    /// <summary>The expression <paramref name="call"/> becomes with <paramref name="items"/> as its arguments.</summary>
    public static ExpressionValue WithItems(CallNode call, List<Value> items)
    {
        var args = new Node[items.Count];
        for (var i = 0; i < args.Length; i++) args[i] = ListLiterals.ToNode(items[i], call.Position);
        return new ExpressionValue(WithArgs(call, args));
    }

    /// <summary>
    /// Decision: the four arguments are the ones JMP shows for an internal error (the two leading
    /// numbers are JMP's own codes; jsl always gives 1 and 2); the last one is the failing
    /// expression, present only when the error has one.
    /// </summary>
    private static CallNode ErrorItemCall(ErrorExpressionNode error)
    {
        var position = error.Position;
        var failing = error.Error.Node;
        var args = new List<Node>
        {
            new NumberNode(position, 1),
            new NumberNode(position, 2),
            new StringNode(position, failing is null ? "" : Runtime.Formatting.ErrorFormatter.HeadText(failing)),
        };
        if (failing is not null) args.Add(failing);
        var message = error.Error.Text;
        return new CallNode(position, Symbol.Intern(message), message, args, qualifier: null, headIsString: true);
    }
}
