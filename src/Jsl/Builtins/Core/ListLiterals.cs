using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// Turns list literals into list values without evaluating their items (<c>{1, 2 + 3}</c> keeps
/// <c>2 + 3</c>), and turns values back into tree nodes where code is built from data.
/// </summary>
internal static class ListLiterals
{
    /// <summary>The value a list-literal item stands for: constants as values, nested lists as lists, anything else kept as an expression.</summary>
    public static Value ItemValue(Node node) => node switch
    {
        NumberNode n => NumberValue.Of(n.Value),
        StringNode s => new StringValue(s.Value),
        MatrixNode m => new MatrixValue(m.Rows, m.Columns, [.. m.Values]),
        ValueNode v => v.Value.CopyForAssignment(),
        CallNode call when ReferenceEquals(call.Head, Heads.List) && call.Qualifier is null && !call.HeadIsString => Build(call),
        _ => new ExpressionValue(node),
    };

    /// <summary>The list a <c>{...}</c> node stands for.</summary>
    public static ListValue Build(CallNode list)
    {
        Runtime.Errors.DepthGuard.EnterValue();
        var items = new List<Value>(list.Args.Count);
        foreach (var arg in list.Args) items.Add(ItemValue(arg));
        return new ListValue(items);
    }

    /// <summary>A node that evaluates to (or stands for) <paramref name="value"/>.</summary>
    public static Node ToNode(Value value, Jsl.Syntax.SourcePosition position) => value switch
    {
        ExpressionValue e => e.Node,
        NumberValue n => new NumberNode(position, n.Value),
        StringValue s => new StringNode(position, s.Value),
        ListValue l => ListNode(l, position),
        // Decision: the empty value becomes the call Empty(), the tree JMP itself writes for it, so
        // that Eval Expr( f( Expr( Empty() ) ) ) and Expr( f( Empty() ) ) are the same expression.
        EmptyValue => CallNode.Operator(position, Heads.Empty),
        _ => new ValueNode(value, position),
    };

    private static CallNode ListNode(ListValue list, Jsl.Syntax.SourcePosition position)
    {
        Runtime.Errors.DepthGuard.EnterValue();
        return CallNode.Operator(position, Heads.List, [.. list.Items.Select(i => ToNode(i, position))]);
    }

    /// <summary>The value an expression-producing function hands back for a node: constants as values, lists as lists, other trees as expressions.</summary>
    public static Value FromNode(Node node) => ItemValue(node);
}
