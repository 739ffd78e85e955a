using System.Collections.Frozen;
using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

/// <summary>
/// The one table of JSL operators: each operator head with its source token, precedence level and
/// associativity. The parser takes its binding powers from here, and a printer can use it to turn
/// trees back into <c>a + b * c</c>, adding parentheses only where the levels require them.
/// </summary>
public static class SyntaxFacts
{
    /// <summary>The level of <c>;</c> (Glue), the loosest operator.</summary>
    public const int LoosestLevel = 14;

    /// <summary>Every operator, tightest first (levels follow JMP's "operators in order of precedence" table).</summary>
    public static IReadOnlyList<OperatorInfo> Operators { get; } =
    [
        new(Heads.Subscript, "[]", 1, OperatorFixity.Bracket, OperatorAssociativity.None),
        new(Heads.List, "{}", 1, OperatorFixity.Bracket, OperatorAssociativity.None),
        new(Heads.PostIncrement, "++", 2, OperatorFixity.Postfix, OperatorAssociativity.None),
        new(Heads.PostDecrement, "--", 2, OperatorFixity.Postfix, OperatorAssociativity.None),
        // Decision: the transpose backtick is postfix at the level of ++ and -- (spec §2.2 leaves it open).
        new(Heads.Transpose, "`", 2, OperatorFixity.Postfix, OperatorAssociativity.None),
        // Decision: ^ groups to the right (2^3^2 is 2^9), as in mathematics; JMP does not document it.
        // Its right operand may carry a unary minus (2^-1); -2^2 is Minus(Power(2, 2)) since ^ binds tighter.
        new(Heads.Power, "^", 3, OperatorFixity.Infix, OperatorAssociativity.Right),
        // Decision: the pattern assignments >> and >? bind tighter than + and |, so that
        // Pat Len(2) + Pat Len(3) >> r captures the second piece only, as the Scripting Index's
        // Pat Immediate example shows; they group to the left.
        new(Heads.PatImmediate, ">>", 3, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.PatConditional, ">?", 3, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Minus, "-", 4, OperatorFixity.Prefix, OperatorAssociativity.None),
        new(Heads.Not, "!", 4, OperatorFixity.Prefix, OperatorAssociativity.None),
        new(Heads.Multiply, "*", 5, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Divide, "/", 5, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.EMult, ":*", 5, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.EDiv, ":/", 5, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Add, "+", 6, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Subtract, "-", 6, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Concat, "||", 7, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.VConcat, "|/", 7, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Index, "::", 8, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Send, "<<", 9, OperatorFixity.Infix, OperatorAssociativity.Left),
        new(Heads.Equal, "==", 10, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.NotEqual, "!=", 10, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.Less, "<", 10, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.LessOrEqual, "<=", 10, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.Greater, ">", 10, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.GreaterOrEqual, ">=", 10, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.LessLessEqual, "<", 10, OperatorFixity.Infix, OperatorAssociativity.NAry, "<="),
        new(Heads.LessEqualLess, "<=", 10, OperatorFixity.Infix, OperatorAssociativity.NAry, "<"),
        new(Heads.And, "&", 11, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.Or, "|", 12, OperatorFixity.Infix, OperatorAssociativity.NAry),
        new(Heads.Assign, "=", 13, OperatorFixity.Infix, OperatorAssociativity.Right),
        new(Heads.AddTo, "+=", 13, OperatorFixity.Infix, OperatorAssociativity.Right),
        new(Heads.SubtractTo, "-=", 13, OperatorFixity.Infix, OperatorAssociativity.Right),
        new(Heads.MultiplyTo, "*=", 13, OperatorFixity.Infix, OperatorAssociativity.Right),
        new(Heads.DivideTo, "/=", 13, OperatorFixity.Infix, OperatorAssociativity.Right),
        new(Heads.ConcatTo, "||=", 13, OperatorFixity.Infix, OperatorAssociativity.Right),
        new(Heads.VConcatTo, "|/=", 13, OperatorFixity.Infix, OperatorAssociativity.Right),
        new(Heads.Glue, ";", LoosestLevel, OperatorFixity.Infix, OperatorAssociativity.NAry),
    ];

    private static readonly FrozenDictionary<Symbol, OperatorInfo> ByHead =
        Operators.ToFrozenDictionary(info => info.Head);

    /// <summary>The operator written for <paramref name="head"/>, or null when the head is an ordinary function.</summary>
    public static OperatorInfo? Find(Symbol head) => ByHead.GetValueOrDefault(head);

    /// <summary>The operator for <paramref name="head"/>; throws when it is not one (for the parser's own table).</summary>
    internal static OperatorInfo Get(Symbol head) => ByHead[head];
}
