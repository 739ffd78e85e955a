using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Values;

/// <summary>
/// An unevaluated expression: what <c>Expr(...)</c> returns and what a list literal keeps for
/// items that are not constants (<c>{1, 2 + 3}</c> keeps <c>2 + 3</c>). A bare name is of type Name.
/// </summary>
internal sealed class ExpressionValue(Node node) : Value
{
    /// <summary>The expression tree.</summary>
    public Node Node { get; } = node;

    /// <inheritdoc/>
    /// <remarks>A string-headed call (<c>"abc"(1, 2, 3)</c>) is of type String, as in JMP: a string with children.</remarks>
    public override string TypeName => Node switch
    {
        NameNode => "Name",
        _ when StringText is not null => "String",
        _ => "Expression",
    };

    /// <summary>
    /// For a string with children, its string: the head of <c>"abc"(1, 2, 3)</c>, or the message of
    /// an item of <c>exception_msg</c> (printed <c>"message"(1, 2, ...)</c>, so the same kind of
    /// value); null for any other expression.
    /// </summary>
    public string? StringText => Node switch
    {
        CallNode { HeadIsString: true } call => call.HeadText,
        Evaluation.ErrorExpressionNode error => error.Error.Text,
        _ => null,
    };
}
