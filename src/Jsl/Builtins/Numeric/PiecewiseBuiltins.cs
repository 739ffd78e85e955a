using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// Functions through points (Scripting Index, Numeric): <c>Interpolate</c> (linear, and bilinear on
/// a grid) and <c>Step</c>. The points come as pairs <c>x1, y1, x2, y2, ...</c> or as two matrices,
/// x ascending; the first argument may be a number, a matrix or a list (element by element).
/// </summary>
/// <remarks>
/// Decision: beyond the first or last point, <c>Interpolate</c> extends the nearest segment (a
/// straight line through its two points) and <c>Step</c> gives the first y below the first x; a
/// missing x gives missing.
/// </remarks>
internal static class PiecewiseBuiltins
{
    private const string Category = "Numeric";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Interpolate", Interpolate);
        table.Add(Category, "Step", c =>
        {
            var at = c.Eval(0);
            var (xs, ys) = Points(c, "Step");
            return Elementwise.Unary(c, at, x => StepAt(xs, ys, x));
        });
    }

    /// <summary>The points after the first argument, each argument evaluated once.</summary>
    private static (double[] Xs, double[] Ys) Points(CallContext c, string function)
    {
        c.RequireCount(3);
        var args = new Value[c.Count - 1];
        for (var i = 0; i < args.Length; i++) args[i] = c.Eval(i + 1);
        double[] xs, ys;
        if (args.Length == 2 && args[0] is MatrixValue xm && args[1] is var yv && yv is MatrixValue or ListValue)
        {
            xs = xm.Data;
            ys = yv is MatrixValue ym ? ym.Data : ((ListValue)yv).Items.Select(i => i is NumberValue n ? n.Value : throw c.Error($"{function} needs numbers for y")).ToArray();
        }
        else
        {
            if (args.Length % 2 != 0) throw c.Error($"{function} needs x, y pairs after its first argument");
            var pairs = args.Length / 2;
            xs = new double[pairs];
            ys = new double[pairs];
            for (var i = 0; i < pairs; i++)
            {
                xs[i] = NumberOf(c, args[2 * i], 1 + 2 * i);
                ys[i] = NumberOf(c, args[2 * i + 1], 2 + 2 * i);
            }
        }
        if (xs.Length != ys.Length) throw c.Error($"{function} needs as many y values as x values, found {xs.Length} and {ys.Length}");
        if (xs.Length == 0) throw c.Error($"{function} needs at least one point");
        for (var i = 1; i < xs.Length; i++)
        {
            if (!(xs[i] >= xs[i - 1])) throw c.Error($"{function} needs the x values in ascending order");
        }
        return (xs, ys);
    }

    /// <summary>A point coordinate as a number, with the error <see cref="CallContext.Number(int)"/> gives.</summary>
    private static double NumberOf(CallContext c, Value value, int index) =>
        value is NumberValue n ? n.Value : throw c.ArgumentError(index, "Cannot convert argument to a number [or matrix]");

    private static Value Interpolate(CallContext c)
    {
        var at = c.Eval(0);
        if (c.Count == 4 && at is ListValue { Count: 2 } point)
        {
            return Bilinear(c, point);
        }
        var (xs, ys) = Points(c, "Interpolate");
        return Elementwise.Unary(c, at, x => LinearAt(xs, ys, x));
    }

    internal static double LinearAt(double[] xs, double[] ys, double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (xs.Length == 1) return ys[0];
        var i = 1;
        while (i < xs.Length - 1 && x > xs[i]) i++;
        var (x0, x1, y0, y1) = (xs[i - 1], xs[i], ys[i - 1], ys[i]);
        if (x1 == x0) return y1;
        return y0 + (x - x0) * (y1 - y0) / (x1 - x0);
    }

    private static double StepAt(double[] xs, double[] ys, double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        var found = 0;
        for (var i = 0; i < xs.Length; i++)
        {
            if (xs[i] <= x) found = i;
        }
        return ys[found];
    }

    /// <summary><c>Interpolate({x, y}, xvector, yvector, zmatrix)</c>: bilinear on the grid zmatrix[i, j] at (xvector[j], yvector[i]).</summary>
    private static Value Bilinear(CallContext c, ListValue point)
    {
        if (point.Items[0] is not NumberValue px || point.Items[1] is not NumberValue py) throw c.Error("Interpolate needs {x, y} as numbers");
        var xs = (c.Eval(1) as MatrixValue ?? throw c.Error("Interpolate needs a vector of x values")).Data;
        var ys = (c.Eval(2) as MatrixValue ?? throw c.Error("Interpolate needs a vector of y values")).Data;
        var z = c.Eval(3) as MatrixValue ?? throw c.Error("Interpolate needs a matrix of z values");
        if (z.Rows != ys.Length || z.Columns != xs.Length)
        {
            throw c.Error($"Interpolate needs a {ys.Length} by {xs.Length} z matrix for those vectors, found {z.Rows} by {z.Columns}");
        }
        // Interpolate along x on every row, then along y down the results.
        var alongX = new double[z.Rows];
        for (var r = 0; r < z.Rows; r++) alongX[r] = LinearAt(xs, Enumerable.Range(0, z.Columns).Select(col => z[r, col]).ToArray(), px.Value);
        return NumberValue.Of(LinearAt(ys, alongX, py.Value));
    }
}
