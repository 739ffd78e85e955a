using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

/// <summary>
/// One row of the operator table: the head an operator desugars to, its source token, its
/// precedence level (1 binds tightest, 14 is <c>;</c> Glue) and its shape. The parser and the
/// printer read nothing else about operators.
/// </summary>
/// <param name="Head">The function the operator desugars to (one of <see cref="Heads"/>).</param>
/// <param name="Token">The source token, e.g. <c>+</c>; for brackets the pair, e.g. <c>[]</c>.</param>
/// <param name="Level">Precedence level from JMP's operator table: 1 binds tightest, 14 loosest.</param>
/// <param name="Shape">Where the token stands and how chains of it group.</param>
/// <param name="LaterToken">For the mixed comparison chains (<c>Less LessEqual</c>, <c>LessEqual Less</c>): the token between every later pair of operands.</param>
internal sealed record OperatorInfo(Symbol Head, string Token, int Level, OperatorShape Shape, string? LaterToken = null);
