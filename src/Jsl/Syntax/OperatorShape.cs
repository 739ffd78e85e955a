namespace Jsl.Syntax;

/// <summary>
/// How an operator's token stands among its operands: what the parser reads after the token and
/// how the printer writes the call back. One value per row of <see cref="SyntaxFacts.Operators"/>.
/// </summary>
internal enum OperatorShape
{
    /// <summary>Before its one operand: <c>-x</c>, <c>!x</c>.</summary>
    Prefix,
    /// <summary>After its one operand: <c>x++</c>, <c>m`</c>.</summary>
    Postfix,
    /// <summary><c>a[i, j]</c>: the operand, then arguments in brackets.</summary>
    Subscript,
    /// <summary><c>{a, b}</c>: arguments in braces.</summary>
    List,
    /// <summary>Between two operands, a chain grouping to the left: <c>a - b - c</c> is <c>(a - b) - c</c>.</summary>
    Left,
    /// <summary>Between two operands, a chain grouping to the right: <c>a = b = c</c> is <c>a = (b = c)</c>.</summary>
    Right,
    /// <summary>A chain of the same token is one call with every operand: <c>a | b | c</c> is <c>Or(a, b, c)</c>.</summary>
    NAry,
    /// <summary>A comparison: runs of one token are one call (<c>3 &gt; 2 &gt; 1</c>), some mixes have their own head.</summary>
    Comparison,
    /// <summary><c>a &lt;&lt; msg</c>: the right side is a message (a name or call at primary level), unevaluated.</summary>
    Send,
    /// <summary><c>a; b; c</c>: statements in sequence (Glue), read by the statement parser, not as an operator.</summary>
    Sequence,
}
