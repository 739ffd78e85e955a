namespace Jsl.Syntax;

/// <summary>Where an operator's token stands relative to its operands.</summary>
public enum OperatorFixity
{
    /// <summary>Before its one operand: <c>-x</c>, <c>!x</c>.</summary>
    Prefix,
    /// <summary>Between operands: <c>a + b</c>.</summary>
    Infix,
    /// <summary>After its one operand: <c>x++</c>, <c>m`</c>.</summary>
    Postfix,
    /// <summary>Brackets around arguments: <c>a[i, j]</c> (Subscript), <c>{a, b}</c> (List).</summary>
    Bracket,
}
