using Jsl.Runtime.Errors;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// One item of <c>exception_msg</c> after an internal error: JMP shows it as an expression whose head
/// is the message, <c>"Name Unresolved: x"(1, 2, "x", x/*###*/)</c>; <c>Char</c> of it is the message alone.
/// </summary>
internal sealed class ErrorExpressionNode(JslRuntimeError error) : Node(error.Position)
{
    /// <summary>The error described.</summary>
    public JslRuntimeError Error { get; } = error;
}
