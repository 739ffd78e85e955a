namespace Jsl.Runtime.Values;

/// <summary>A numeric matrix (row-major); a row vector is 1×n, a column vector n×1. Copied on assignment.</summary>
internal sealed class MatrixValue : Value
{
    /// <summary>Creates a matrix over <paramref name="data"/> (taken, not copied).</summary>
    public MatrixValue(int rows, int columns, double[] data)
    {
        if (data.Length != rows * columns) throw new ArgumentException("matrix data does not match its shape", nameof(data));
        Rows = rows;
        Columns = columns;
        Data = data;
    }

    /// <summary>The empty matrix <c>[]</c>.</summary>
    public static MatrixValue Empty => new(0, 0, []);

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>The items, row-major.</summary>
    public double[] Data { get; }

    /// <summary>Item at 0-based row and column.</summary>
    public double this[int row, int column]
    {
        get => Data[row * Columns + column];
        set => Data[row * Columns + column] = value;
    }

    /// <inheritdoc/>
    public override string TypeName => "Matrix";

    /// <inheritdoc/>
    public override Value CopyForAssignment() => new MatrixValue(Rows, Columns, (double[])Data.Clone());
}
