namespace Jsl.Syntax;

/// <summary>How a chain of the same infix operator groups.</summary>
public enum OperatorAssociativity
{
    /// <summary>Not applicable (prefix, postfix and bracket forms).</summary>
    None,
    /// <summary><c>a - b - c</c> is <c>Subtract(Subtract(a, b), c)</c>.</summary>
    Left,
    /// <summary><c>a = b = c</c> is <c>Assign(a, Assign(b, c))</c>.</summary>
    Right,
    /// <summary>One call with every operand: <c>a | b | c</c> is <c>Or(a, b, c)</c>; <c>3 &gt; 2 &gt; 1</c> is <c>Greater(3, 2, 1)</c>.</summary>
    NAry,
}
