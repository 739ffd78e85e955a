using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

/// <summary>
/// How an operator head is written in source: its token, its precedence level (1 binds tightest,
/// 14 is <c>;</c> Glue), where the token stands, and how chains group.
/// </summary>
/// <param name="Head">The function the operator desugars to (one of <see cref="Heads"/>).</param>
/// <param name="Token">The source token, e.g. <c>+</c>; for brackets the pair, e.g. <c>[]</c>.</param>
/// <param name="Level">Precedence level from JMP's operator table: 1 binds tightest, 14 loosest.</param>
/// <param name="Fixity">Prefix, infix, postfix or bracket.</param>
/// <param name="Associativity">How a chain of this operator groups.</param>
/// <param name="LaterToken">For the mixed comparison chains (<c>Less LessEqual</c>, <c>LessEqual Less</c>): the token between every later pair of operands.</param>
public sealed record OperatorInfo(Symbol Head, string Token, int Level, OperatorFixity Fixity, OperatorAssociativity Associativity, string? LaterToken = null);
