using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary><c>Vec Diag</c> and <c>Trace</c>: the diagonal of a square matrix, as a column vector and as its sum.</summary>
internal static class MatrixDiagonals
{
    private const string Category = "Matrices";

    /// <summary>Adds Vec Diag and Trace to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Vec Diag", c =>
        {
            var diagonal = Diagonal(c, "Vec Diag");
            return new MatrixValue(diagonal.Length, 1, diagonal);
        });
        table.Add(Category, "Trace", c => NumberValue.Of(Diagonal(c, "Trace").Sum()));
    }

    /// <summary>Decision: a number is a 1-by-1 matrix; a matrix that is not square is an error, as the Index asks for a square one.</summary>
    private static double[] Diagonal(CallContext c, string function)
    {
        c.RequireCount(1, 1);
        var m = c.Eval(0) switch
        {
            MatrixValue matrix => matrix,
            NumberValue n => new MatrixValue(1, 1, [n.Value]),
            var other => throw c.Error($"{function} needs a square matrix, not a {other.TypeName}"),
        };
        if (m.Rows != m.Columns) throw c.Error($"{function} needs a square matrix, not {m.Rows} by {m.Columns}");
        var diagonal = new double[m.Rows];
        for (var i = 0; i < diagonal.Length; i++) diagonal[i] = m[i, i];
        return diagonal;
    }
}
