using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Values;

/// <summary>
/// An unevaluated expression: what <c>Expr(...)</c> returns and what a list literal keeps for
/// items that are not constants (<c>{1, 2 + 3}</c> keeps <c>2 + 3</c>). A bare name is of type Name.
/// </summary>
public sealed class ExpressionValue(Node node) : Value
{
    /// <summary>The expression tree.</summary>
    public Node Node { get; } = node;

    /// <inheritdoc/>
    public override string TypeName => Node is NameNode ? "Name" : "Expression";
}
