namespace Jsl.Syntax.Tree;

/// <summary>A numeric literal: <c>12</c>, <c>1.5E3</c>, <c>.</c> (missing, held as NaN) or a date literal like <c>01jan2012</c> (seconds since 1 Jan 1904).</summary>
internal sealed class NumberNode(SourcePosition position, double value, bool isDate = false) : Node(position)
{
    /// <summary>The value; <see cref="double.NaN"/> for the missing value <c>.</c>.</summary>
    public double Value { get; } = value;

    /// <summary>True when the literal was written as a date (<c>01jan2012</c>).</summary>
    public bool IsDate { get; } = isDate;
}
