namespace Jsl.Syntax.Tree;

/// <summary>A matrix literal: <c>[1 2 3]</c> (one row), <c>[1, 2]</c> (a column), <c>[1 2, 3 4]</c>, <c>[]</c>. Items are numbers or <c>.</c> (NaN).</summary>
internal sealed class MatrixNode(SourcePosition position, int rows, int columns, double[] values) : Node(position)
{
    /// <summary>Number of rows (0 for <c>[]</c>).</summary>
    public int Rows { get; } = rows;

    /// <summary>Number of columns (0 for <c>[]</c>).</summary>
    public int Columns { get; } = columns;

    /// <summary>The items in row-major order.</summary>
    public IReadOnlyList<double> Values { get; } = values;
}
