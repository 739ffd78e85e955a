using System.Collections.Frozen;
using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

/// <summary>
/// The one table of JSL operators: each operator head with its source token, precedence level and
/// associativity. The parser takes its binding powers from here, and a printer can use it to turn
/// trees back into <c>a + b * c</c>, adding parentheses only where the levels require them.
/// </summary>
internal static class SyntaxFacts
{
    /// <summary>The level of <c>;</c> (Glue), the loosest operator.</summary>
    public const int LoosestLevel = 14;

    /// <summary>Every operator, tightest first (levels follow JMP's "operators in order of precedence" table).</summary>
    public static IReadOnlyList<OperatorInfo> Operators { get; } =
    [
        new(Heads.Subscript, "[]", 1, OperatorShape.Subscript),
        new(Heads.List, "{}", 1, OperatorShape.List),
        new(Heads.PostIncrement, "++", 2, OperatorShape.Postfix),
        new(Heads.PostDecrement, "--", 2, OperatorShape.Postfix),
        // Decision: the transpose backtick is postfix at the level of ++ and -- (spec §2.2 leaves it open).
        new(Heads.Transpose, "`", 2, OperatorShape.Postfix),
        // Decision: ^ groups to the right (2^3^2 is 2^9), as in mathematics; JMP does not document it.
        // Its right operand may carry a unary minus (2^-1); -2^2 is Minus(Power(2, 2)) since ^ binds tighter.
        new(Heads.Power, "^", 3, OperatorShape.Right),
        // Decision: the pattern assignments >> and >? bind tighter than + and |, so that
        // Pat Len(2) + Pat Len(3) >> r captures the second piece only, as the Scripting Index's
        // Pat Immediate example shows; they group to the left.
        new(Heads.PatImmediate, ">>", 3, OperatorShape.Left),
        new(Heads.PatConditional, ">?", 3, OperatorShape.Left),
        new(Heads.Minus, "-", 4, OperatorShape.Prefix),
        new(Heads.Not, "!", 4, OperatorShape.Prefix),
        new(Heads.Multiply, "*", 5, OperatorShape.NAry),
        new(Heads.Divide, "/", 5, OperatorShape.Left),
        new(Heads.EMult, ":*", 5, OperatorShape.Left),
        new(Heads.EDiv, ":/", 5, OperatorShape.Left),
        new(Heads.Add, "+", 6, OperatorShape.NAry),
        new(Heads.Subtract, "-", 6, OperatorShape.Left),
        new(Heads.Concat, "||", 7, OperatorShape.Left),
        new(Heads.VConcat, "|/", 7, OperatorShape.Left),
        new(Heads.Index, "::", 8, OperatorShape.Left),
        new(Heads.Send, "<<", 9, OperatorShape.Send),
        new(Heads.Equal, "==", 10, OperatorShape.Comparison),
        new(Heads.NotEqual, "!=", 10, OperatorShape.Comparison),
        new(Heads.Less, "<", 10, OperatorShape.Comparison),
        new(Heads.LessOrEqual, "<=", 10, OperatorShape.Comparison),
        new(Heads.Greater, ">", 10, OperatorShape.Comparison),
        new(Heads.GreaterOrEqual, ">=", 10, OperatorShape.Comparison),
        new(Heads.LessLessEqual, "<", 10, OperatorShape.Comparison, "<="),
        new(Heads.LessEqualLess, "<=", 10, OperatorShape.Comparison, "<"),
        new(Heads.And, "&", 11, OperatorShape.NAry),
        new(Heads.Or, "|", 12, OperatorShape.NAry),
        new(Heads.Assign, "=", 13, OperatorShape.Right),
        new(Heads.AddTo, "+=", 13, OperatorShape.Right),
        new(Heads.SubtractTo, "-=", 13, OperatorShape.Right),
        new(Heads.MultiplyTo, "*=", 13, OperatorShape.Right),
        new(Heads.DivideTo, "/=", 13, OperatorShape.Right),
        new(Heads.ConcatTo, "||=", 13, OperatorShape.Right),
        new(Heads.VConcatTo, "|/=", 13, OperatorShape.Right),
        new(Heads.Glue, ";", LoosestLevel, OperatorShape.Sequence),
    ];

    private static readonly FrozenDictionary<Symbol, OperatorInfo> ByHead =
        Operators.ToFrozenDictionary(info => info.Head);

    /// <summary>The operator written for <paramref name="head"/>, or null when the head is an ordinary function.</summary>
    public static OperatorInfo? Find(Symbol head) => ByHead.GetValueOrDefault(head);

    /// <summary>The operator for <paramref name="head"/>; throws when it is not one (for the parser's own table).</summary>
    internal static OperatorInfo Get(Symbol head) => ByHead[head];
}
