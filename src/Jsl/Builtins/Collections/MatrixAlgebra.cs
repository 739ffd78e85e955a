using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary>
/// Linear algebra on matrices (Scripting Index, Matrix): <c>Inverse</c>/<c>Inv</c>, <c>Det</c>,
/// <c>Solve</c>, <c>Cholesky</c>, <c>Matrix Rank</c>, <c>Matrix Mult</c>, <c>Direct Product</c>, <c>Diag</c>.
/// Decompositions are by Gaussian elimination with partial pivoting; a matrix is singular when a
/// pivot falls below a tolerance relative to its largest element.
/// </summary>
internal static class MatrixAlgebra
{
    private const string Category = "Matrices";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Inverse", c => Inverse(c, "Inverse"));
        table.Add(Category, "Inv", c => Inverse(c, "Inv"));
        table.Add(Category, "Det", Det);
        table.Add(Category, "Solve", Solve);
        table.Add(Category, "Cholesky", Cholesky);
        table.Add(Category, "Matrix Rank", MatrixRank);
        table.Add(Category, "Matrix Mult", c =>
        {
            c.RequireCount(2);
            // Matrix Mult( A, B ) is A * B (Scripting Index): a missing value makes missing the
            // elements of the product it enters, as with the operator, rather than an error.
            var product = MatrixBuiltins.AsMatrix(c, c.Eval(0), "Matrix Mult");
            for (var i = 1; i < c.Count; i++) product = ArithmeticBuiltins.MatrixProduct(c, product, MatrixBuiltins.AsMatrix(c, c.Eval(i), "Matrix Mult"));
            return product;
        });
        table.Add(Category, "Direct Product", DirectProduct);
        table.Add(Category, "Diag", Diag);
    }

    private static MatrixValue Square(CallContext c, int index, string function, bool requireSquare = true)
    {
        var m = MatrixBuiltins.AsMatrix(c, c.Eval(index), function);
        if (requireSquare && m.Rows != m.Columns) throw c.Error($"{function} needs a square matrix, found {m.Rows} by {m.Columns}");
        if (m.Data.Any(double.IsNaN)) throw c.Error($"{function} cannot use a matrix with missing values");
        return m;
    }

    /// <summary>An LU decomposition with partial pivoting, in place: the row order and the sign of the permutation.</summary>
    private sealed class Decomposition
    {
        public readonly int N;
        public readonly double[] Lu;
        public readonly int[] Order;
        public readonly bool Singular;
        public readonly int Sign;

        public Decomposition(MatrixValue m)
        {
            N = m.Rows;
            Lu = (double[])m.Data.Clone();
            Order = Enumerable.Range(0, N).ToArray();
            Sign = 1;
            var scale = Lu.Length == 0 ? 0 : Lu.Max(Math.Abs);
            var tolerance = scale * N * 1e-15;
            for (var k = 0; k < N; k++)
            {
                var pivot = k;
                for (var i = k + 1; i < N; i++)
                {
                    if (Math.Abs(Lu[i * N + k]) > Math.Abs(Lu[pivot * N + k])) pivot = i;
                }
                if (Math.Abs(Lu[pivot * N + k]) <= tolerance)
                {
                    Singular = true;
                    return;
                }
                if (pivot != k)
                {
                    for (var j = 0; j < N; j++) (Lu[k * N + j], Lu[pivot * N + j]) = (Lu[pivot * N + j], Lu[k * N + j]);
                    (Order[k], Order[pivot]) = (Order[pivot], Order[k]);
                    Sign = -Sign;
                }
                for (var i = k + 1; i < N; i++)
                {
                    var factor = Lu[i * N + k] /= Lu[k * N + k];
                    for (var j = k + 1; j < N; j++) Lu[i * N + j] -= factor * Lu[k * N + j];
                }
            }
        }

        public double Determinant()
        {
            if (Singular) return 0;
            var det = (double)Sign;
            for (var i = 0; i < N; i++) det *= Lu[i * N + i];
            return det;
        }

        /// <summary>Solves A·X = B for the columns of B (B has N rows).</summary>
        public double[] Solve(double[] b, int columns)
        {
            var x = new double[N * columns];
            for (var col = 0; col < columns; col++)
            {
                var y = new double[N];
                for (var i = 0; i < N; i++)
                {
                    var sum = b[Order[i] * columns + col];
                    for (var j = 0; j < i; j++) sum -= Lu[i * N + j] * y[j];
                    y[i] = sum;
                }
                for (var i = N - 1; i >= 0; i--)
                {
                    var sum = y[i];
                    for (var j = i + 1; j < N; j++) sum -= Lu[i * N + j] * x[j * columns + col];
                    x[i * columns + col] = sum / Lu[i * N + i];
                }
            }
            return x;
        }
    }

    /// <summary><c>Inverse(A)</c>: the inverse of a square non-singular matrix (a singular one is an error, as the Index requires non-singular).</summary>
    private static Value Inverse(CallContext c, string function)
    {
        c.RequireCount(1, 1);
        var m = Square(c, 0, function);
        var lu = new Decomposition(m);
        if (lu.Singular) throw c.Error($"{function}: the matrix is singular");
        var identity = new double[m.Rows * m.Rows];
        for (var i = 0; i < m.Rows; i++) identity[i * m.Rows + i] = 1;
        return new MatrixValue(m.Rows, m.Rows, lu.Solve(identity, m.Rows));
    }

    private static Value Det(CallContext c)
    {
        c.RequireCount(1, 1);
        var m = Square(c, 0, "Det");
        return NumberValue.Of(m.Rows == 0 ? 1 : new Decomposition(m).Determinant());
    }

    /// <summary><c>Solve(A, B)</c>: x with A·x = B, A square and non-singular.</summary>
    private static Value Solve(CallContext c)
    {
        c.RequireCount(2, 2);
        var a = Square(c, 0, "Solve");
        var b = Square(c, 1, "Solve", requireSquare: false);
        if (b.Rows != a.Rows) throw c.Error($"Solve needs B with as many rows as A ({a.Rows}), found {b.Rows}");
        var lu = new Decomposition(a);
        if (lu.Singular) throw c.Error("Solve: the matrix is singular");
        return new MatrixValue(a.Rows, b.Columns, lu.Solve(b.Data, b.Columns));
    }

    /// <summary><c>Cholesky(A)</c>: the lower triangular L with L·L` = A, for a symmetric positive definite A.</summary>
    private static Value Cholesky(CallContext c)
    {
        c.RequireCount(1, 1);
        var a = Square(c, 0, "Cholesky");
        var n = a.Rows;
        var l = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var sum = a.Data[j * n + j];
            for (var k = 0; k < j; k++) sum -= l[j * n + k] * l[j * n + k];
            if (sum <= 0) throw c.Error("Cholesky needs a positive definite matrix");
            l[j * n + j] = Math.Sqrt(sum);
            for (var i = j + 1; i < n; i++)
            {
                var s = a.Data[i * n + j];
                for (var k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = s / l[j * n + j];
            }
        }
        return new MatrixValue(n, n, l);
    }

    /// <summary><c>Matrix Rank(X)</c>: the number of independent rows, by elimination with a relative tolerance.</summary>
    private static Value MatrixRank(CallContext c)
    {
        c.RequireCount(1, 1);
        var m = Square(c, 0, "Matrix Rank", requireSquare: false);
        var rows = m.Rows;
        var cols = m.Columns;
        var a = (double[])m.Data.Clone();
        var tolerance = (a.Length == 0 ? 0 : a.Max(Math.Abs)) * Math.Max(rows, cols) * 1e-14;
        var rank = 0;
        for (var col = 0; col < cols && rank < rows; col++)
        {
            var pivot = rank;
            for (var i = rank + 1; i < rows; i++)
            {
                if (Math.Abs(a[i * cols + col]) > Math.Abs(a[pivot * cols + col])) pivot = i;
            }
            if (Math.Abs(a[pivot * cols + col]) <= tolerance) continue;
            for (var j = 0; j < cols; j++) (a[rank * cols + j], a[pivot * cols + j]) = (a[pivot * cols + j], a[rank * cols + j]);
            for (var i = rank + 1; i < rows; i++)
            {
                var factor = a[i * cols + col] / a[rank * cols + col];
                for (var j = col; j < cols; j++) a[i * cols + j] -= factor * a[rank * cols + j];
            }
            rank++;
        }
        return NumberValue.Of(rank);
    }

    /// <summary><c>Direct Product(A, B)</c>: the Kronecker product, A[i, j]·B in block (i, j).</summary>
    private static Value DirectProduct(CallContext c)
    {
        c.RequireCount(2, 2);
        var a = MatrixBuiltins.AsMatrix(c, c.Eval(0), "Direct Product");
        var b = MatrixBuiltins.AsMatrix(c, c.Eval(1), "Direct Product");
        var rows = (long)a.Rows * b.Rows;
        var cols = (long)a.Columns * b.Columns;
        c.Limits.CheckMatrix(rows, cols, c.Call);
        var result = new MatrixValue((int)rows, (int)cols, new double[rows * cols]);
        for (var i = 0; i < a.Rows; i++)
        {
            for (var j = 0; j < a.Columns; j++)
            {
                for (var k = 0; k < b.Rows; k++)
                {
                    for (var l = 0; l < b.Columns; l++) result[i * b.Rows + k, j * b.Columns + l] = a[i, j] * b[k, l];
                }
            }
        }
        return result;
    }

    /// <summary>
    /// <c>Diag(vector)</c>: the diagonal matrix with the vector's elements; <c>Diag(matrix)</c>: the
    /// diagonal matrix of a square matrix's diagonal; <c>Diag(A, B)</c>: A and B on the diagonal of one block matrix.
    /// </summary>
    private static Value Diag(CallContext c)
    {
        c.RequireCount(1, 2);
        var a = MatrixBuiltins.AsMatrix(c, c.Eval(0), "Diag");
        if (c.Count == 2)
        {
            var b = MatrixBuiltins.AsMatrix(c, c.Eval(1), "Diag");
            var rows = a.Rows + b.Rows;
            var cols = a.Columns + b.Columns;
            c.Limits.CheckMatrix(rows, cols, c.Call);
            var block = new MatrixValue(rows, cols, new double[(long)rows * cols]);
            for (var i = 0; i < a.Rows; i++)
            {
                for (var j = 0; j < a.Columns; j++) block[i, j] = a[i, j];
            }
            for (var i = 0; i < b.Rows; i++)
            {
                for (var j = 0; j < b.Columns; j++) block[a.Rows + i, a.Columns + j] = b[i, j];
            }
            return block;
        }
        var diagonal = a.Rows == 1 || a.Columns == 1
            ? a.Data
            : a.Rows == a.Columns
                ? Enumerable.Range(0, a.Rows).Select(i => a[i, i]).ToArray()
                : throw c.Error($"Diag needs a vector or a square matrix, found {a.Rows} by {a.Columns}");
        var n = diagonal.Length;
        c.Limits.CheckMatrix(n, n, c.Call);
        var result = new MatrixValue(n, n, new double[(long)n * n]);
        for (var i = 0; i < n; i++) result[i, i] = diagonal[i];
        return result;
    }
}
