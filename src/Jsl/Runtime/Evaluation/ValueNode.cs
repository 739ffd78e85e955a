using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// A constant value placed inside an expression tree at run time (by <c>Eval Expr</c>,
/// <c>Substitute</c>, <c>Insert</c> into an expression, or a list item turned back into code).
/// Lives here, not in the syntax layer, because the syntax knows nothing of values.
/// </summary>
internal sealed class ValueNode(Value value, SourcePosition position) : Node(position)
{
    /// <summary>The constant.</summary>
    public Value Value { get; } = value;
}
