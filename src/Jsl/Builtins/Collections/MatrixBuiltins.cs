using Jsl.Builtins.Core;
using Jsl.Builtins.Numeric;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary>
/// Matrix construction and shape (<c>J</c>, <c>Identity</c>, <c>Matrix</c>, <c>Shape</c>,
/// <c>Transpose</c> and the backtick, <c>N Rows</c>, <c>N Cols</c>, <c>Dim</c>), column statistics
/// (<c>V Sum</c>, <c>V Mean</c>, <c>V Max</c>, <c>V Min</c>) and positions (<c>Loc</c>, <c>Where</c>,
/// <c>Loc Max</c>, <c>Loc Min</c>).
/// </summary>
internal static class MatrixBuiltins
{
    private const string Category = "Matrices";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "J", J);
        table.Add(Category, "Identity", Identity);
        table.Add(Category, "Matrix", Matrix);
        table.Add(Category, "Shape", Shape);
        table.Add(Category, "Transpose", Transpose);
        table.Add(Category, "N Rows", c => NumberValue.Of(MatrixArg(c, "N Rows").Rows));
        table.Add(Category, "N Row", c => NumberValue.Of(MatrixArg(c, "N Row").Rows));
        table.Add(Category, "N Cols", c => NumberValue.Of(MatrixArg(c, "N Cols").Columns));
        table.Add(Category, "N Col", c => NumberValue.Of(MatrixArg(c, "N Col").Columns));
        table.Add(Category, "Dim", c =>
        {
            var m = MatrixArg(c, "Dim");
            return new MatrixValue(1, 2, [m.Rows, m.Columns]);
        });
        table.Add(Category, "V Sum", c => ByColumn(c, "V Sum", Statistics.Sum));
        table.Add(Category, "V Mean", c => ByColumn(c, "V Mean", Statistics.Mean));
        table.Add(Category, "V Max", c => ByColumn(c, "V Max", Statistics.Max));
        table.Add(Category, "V Min", c => ByColumn(c, "V Min", Statistics.Min));
        table.Add(Category, "Loc", Loc);
        table.Add(Category, "Where", Where);
        table.Add(Category, "Loc Max", c => LocExtreme(c, "Loc Max", max: true));
        table.Add(Category, "Loc Min", c => LocExtreme(c, "Loc Min", max: false));
    }

    /// <summary>The one argument as a matrix; a number counts as a 1×1 matrix.</summary>
    private static MatrixValue MatrixArg(CallContext c, string function)
    {
        c.RequireCount(1, 1);
        return AsMatrix(c, c.Eval(0), function);
    }

    internal static MatrixValue AsMatrix(CallContext c, Value value, string function) => value switch
    {
        MatrixValue m => m,
        NumberValue n => new MatrixValue(1, 1, [n.Value]),
        _ => throw c.Error($"{function} needs a matrix, not a {value.TypeName}"),
    };

    private static int Size(CallContext c, double value, string function)
    {
        if (double.IsNaN(value) || value < 0 || value > int.MaxValue) throw c.Error($"{function} needs sizes of 0 or more");
        return (int)value;
    }

    /// <summary><c>J(nr, &lt;nc = nr&gt;, &lt;v = 1&gt;)</c>: the value expression is evaluated once per element, row by row.</summary>
    private static Value J(CallContext c)
    {
        c.RequireCount(1, 3);
        var rows = Size(c, c.Number(0), "J");
        var columns = Size(c, c.Number(1, rows), "J");
        c.Limits.CheckMatrix(rows, columns, c.Call);
        var data = new double[rows * columns];
        if (c.Count < 3 || c.IsEmptyArg(2))
        {
            Array.Fill(data, 1);
        }
        else
        {
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = c.Eval(2) is NumberValue n ? n.Value : throw c.Error(Elementwise.NotANumber);
                if (c.Interpreter.Signal != ControlSignal.None) break;
            }
        }
        return new MatrixValue(rows, columns, data);
    }

    private static Value Identity(CallContext c)
    {
        c.RequireCount(1, 1);
        var n = Size(c, c.Number(0), "Identity");
        c.Limits.CheckMatrix(n, n, c.Call);
        var data = new double[n * n];
        for (var i = 0; i < n; i++) data[i * n + i] = 1;
        return new MatrixValue(n, n, data);
    }

    /// <summary>
    /// <c>Matrix({{row}, ...})</c> stacks evaluated row lists (an item may be a row matrix),
    /// <c>Matrix({x1, ...})</c> is a column vector, <c>Matrix(n, m)</c> a matrix of zeros.
    /// </summary>
    private static Value Matrix(CallContext c)
    {
        c.RequireCount(1, 2);
        if (c.Count == 2)
        {
            var r = Size(c, c.Number(0), "Matrix");
            var k = Size(c, c.Number(1), "Matrix");
            c.Limits.CheckMatrix(r, k, c.Call);
            return new MatrixValue(r, k, new double[r * k]);
        }
        switch (c.Eval(0))
        {
            case MatrixValue m:
                return m;
            case NumberValue n:
                return new MatrixValue(1, 1, [n.Value]);
            case ListValue list when list.Count > 0 && list.Items.All(i => i is ListValue):
                var rows = list.Items.Select(row => Numbers(c, ((ListValue)row).Items)).ToList();
                var width = rows[0].Length;
                if (rows.Any(row => row.Length != width)) throw c.Error("Matrix: the rows are not the same length");
                return new MatrixValue(rows.Count, width, rows.SelectMany(row => row).ToArray());
            case ListValue list:
                var column = Numbers(c, list.Items);
                return new MatrixValue(column.Length, column.Length == 0 ? 0 : 1, column);
            case var other:
                throw c.Error($"Matrix needs a list, not a {other.TypeName}");
        }
    }

    /// <summary>The numbers of list items (expressions evaluated; a matrix item contributes its elements).</summary>
    private static double[] Numbers(CallContext c, List<Value> items)
    {
        var numbers = new List<double>();
        foreach (var item in items)
        {
            switch (item is ExpressionValue e ? c.Eval(e.Node) : item)
            {
                case NumberValue n:
                    numbers.Add(n.Value);
                    break;
                case MatrixValue m:
                    numbers.AddRange(m.Data);
                    break;
                default:
                    throw c.Error("Matrix: every item must be a number");
            }
        }
        return [.. numbers];
    }

    /// <summary>
    /// <c>Shape(M, nr, &lt;nc&gt;, &lt;&lt;bycol)</c>: M's elements (repeated as needed) laid out nr×nc,
    /// by row unless <c>&lt;&lt;bycol</c>. A missing nr, or an absent nc, is worked out from M's size.
    /// </summary>
    private static Value Shape(CallContext c)
    {
        c.RequireCount(2, 4);
        var byColumn = c.Flag("bycol") is not null;
        var positional = Enumerable.Range(0, c.Count).Where(i => !c.IsOptionArg(i)).ToList();
        if (positional.Count is < 2 or > 3) throw c.Error("Shape needs a matrix and a number of rows");
        var source = AsMatrix(c, c.Eval(positional[0]), "Shape");
        var nrValue = c.Eval(positional[1]) is NumberValue a ? a.Value : throw c.Error(Elementwise.NotANumber);
        double? ncValue = positional.Count == 3 ? (c.Eval(positional[2]) is NumberValue b ? b.Value : throw c.Error(Elementwise.NotANumber)) : null;
        var count = source.Data.Length;
        int rows, columns;
        if (double.IsNaN(nrValue))
        {
            columns = Size(c, ncValue ?? double.NaN, "Shape");
            rows = columns == 0 ? 0 : (count + columns - 1) / columns;
        }
        else
        {
            rows = Size(c, nrValue, "Shape");
            columns = ncValue is double nc ? Size(c, nc, "Shape") : rows == 0 ? 0 : (count + rows - 1) / rows;
        }
        c.Limits.CheckMatrix(rows, columns, c.Call);
        var data = new double[rows * columns];
        if (data.Length > 0 && count == 0) throw c.Error("Shape needs a matrix with elements");
        for (var i = 0; i < data.Length; i++)
        {
            var target = byColumn ? (i % rows) * columns + i / rows : i;
            data[target] = source.Data[i % count];
        }
        return new MatrixValue(rows, columns, data);
    }

    private static Value Transpose(CallContext c)
    {
        c.RequireCount(1, 1);
        var value = c.Eval(0);
        if (value is NumberValue) return value;
        var m = AsMatrix(c, value, "Transpose");
        var data = new double[m.Data.Length];
        for (var r = 0; r < m.Rows; r++)
        {
            for (var k = 0; k < m.Columns; k++) data[k * m.Rows + r] = m[r, k];
        }
        return new MatrixValue(m.Columns, m.Rows, data);
    }

    /// <summary>A row vector of a statistic over each column; missing values are skipped (see <see cref="Statistics"/>).</summary>
    private static Value ByColumn(CallContext c, string function, Func<IEnumerable<double>, double> statistic)
    {
        var m = MatrixArg(c, function);
        var data = new double[m.Columns];
        for (var k = 0; k < m.Columns; k++)
        {
            var column = k;
            data[k] = statistic(Enumerable.Range(0, m.Rows).Select(r => m[r, column]));
        }
        return new MatrixValue(1, m.Columns, data);
    }

    /// <summary>A column vector of 1-based positions; the empty matrix when there are none.</summary>
    internal static MatrixValue Positions(List<double> positions) =>
        positions.Count == 0 ? MatrixValue.Empty : new MatrixValue(positions.Count, 1, [.. positions]);

    /// <summary>
    /// <c>Loc(m)</c>: positions (row-major) of the non-zero elements; missing is neither zero nor
    /// non-zero and is left out. <c>Loc(v, x)</c>: positions of the list items or matrix elements equal to x.
    /// </summary>
    private static Value Loc(CallContext c)
    {
        c.RequireCount(1, 2);
        var source = c.Eval(0);
        if (c.Count == 1)
        {
            var m = AsMatrix(c, source, "Loc");
            return Positions(NonZero(m.Data));
        }
        var wanted = c.Eval(1);
        var found = new List<double>();
        switch (source)
        {
            case ListValue list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (ValueEquality.AreEqual(list.Items[i], wanted)) found.Add(i + 1);
                }
                break;
            case MatrixValue or NumberValue:
                var m = AsMatrix(c, source, "Loc");
                if (wanted is not NumberValue x) break;
                for (var i = 0; i < m.Data.Length; i++)
                {
                    if (m.Data[i] == x.Value || (double.IsNaN(m.Data[i]) && x.IsMissing)) found.Add(i + 1);
                }
                break;
            default:
                throw c.Error($"Loc needs a matrix or list, not a {source.TypeName}");
        }
        return Positions(found);
    }

    private static List<double> NonZero(IEnumerable<double> values)
    {
        var found = new List<double>();
        var i = 0;
        foreach (var x in values)
        {
            i++;
            if (x != 0 && !double.IsNaN(x)) found.Add(i);
        }
        return found;
    }

    /// <summary>
    /// <c>Where(clause)</c> without a data table: the clause is evaluated once and the positions of its
    /// true (non-zero, non-missing) elements are returned, as <c>Loc</c> would. Decision: a list of
    /// numbers counts like a matrix; a single number gives <c>[1]</c> when true. Decision: when that one
    /// evaluation gives no answer per position (a list compared as a whole gives one missing value, an
    /// operator refuses a matrix) and the clause names lists or matrices, the clause is evaluated once
    /// per position with each of them standing for its element (<see cref="WherePerPosition"/>), as the
    /// Scripting Index's examples expect. Data-table forms are out of scope.
    /// </summary>
    private static Value Where(CallContext c)
    {
        c.RequireCount(1, 1);
        Value whole;
        try { whole = c.Eval(0); }
        catch (Runtime.Errors.JslRuntimeError) when (WherePerPosition.NamesSequence(c, c.ArgNode(0)))
        {
            return Positions(WherePerPosition.TryFind(c, c.ArgNode(0))!);
        }
        switch (whole)
        {
            case MatrixValue m: return Positions(NonZero(m.Data));
            case ListValue l when l.Items.All(i => i is NumberValue):
                return Positions(NonZero(l.Items.Select(i => ((NumberValue)i).Value)));
        }
        if (WherePerPosition.TryFind(c, c.ArgNode(0)) is { } found) return Positions(found);
        return whole switch
        {
            NumberValue n => Positions(NonZero([n.Value])),
            ListValue => throw c.Error("Where needs a clause that gives numbers"),
            var other => throw c.Error($"Where needs a clause that gives a matrix, not a {other.TypeName}"),
        };
    }

    /// <summary>
    /// The first position of the largest (smallest) element, missing values skipped. Decision: with
    /// no non-missing element the answer is missing.
    /// </summary>
    private static Value LocExtreme(CallContext c, string function, bool max)
    {
        c.RequireCount(1, 1);
        var value = c.Eval(0);
        var data = value is ListValue l
            ? l.Items.Select(i => i is NumberValue n ? n.Value : throw c.Error($"{function} needs numbers")).ToArray()
            : AsMatrix(c, value, function).Data;
        var best = -1;
        for (var i = 0; i < data.Length; i++)
        {
            if (double.IsNaN(data[i])) continue;
            if (best < 0 || (max ? data[i] > data[best] : data[i] < data[best])) best = i;
        }
        return best < 0 ? NumberValue.Missing : NumberValue.Of(best + 1);
    }
}
