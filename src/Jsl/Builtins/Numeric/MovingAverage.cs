using Jsl.Builtins.Collections;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// <c>Moving Average(x, weighting, &lt;before=-1&gt;, &lt;after=0&gt;, &lt;partial window is missing=0&gt;)</c>
/// (Scripting Index, Statistical): for each item of x, the weighted mean of the window from
/// <c>before</c> items before it (-1: every earlier item) to <c>after</c> items after it.
/// </summary>
internal static class MovingAverage
{
    private const string Category = "Numeric";
    private const string Function = "Moving Average";

    public static void Register(BuiltinTable table) => table.Add(Category, Function, Compute);

    private static Value Compute(CallContext c)
    {
        c.RequireCount(2, 5);
        var x = MatrixBuiltins.AsMatrix(c, c.Eval(0), Function);
        var weighting = c.Number(1);
        if (double.IsNaN(weighting) || weighting < 0) throw c.Error($"{Function} needs a weighting of 0 or more (1: equal, 0: linear, other: exponential)");
        var before = Count(c, 2, -1, allowAll: true, "before");
        var after = Count(c, 3, 0, allowAll: false, "after");
        var partialIsMissing = c.Number(4, 0) is var flag && flag != 0 && !double.IsNaN(flag);
        var result = new double[x.Data.Length];
        // Decision: a row or column vector is one series; a matrix with several rows and columns
        // is a series per column (rows are observations, as for Correlation).
        var series = x.Rows == 1 || x.Columns == 1 ? 1 : x.Columns;
        var length = x.Data.Length / Math.Max(series, 1);
        var stride = series;
        for (var s = 0; s < series; s++)
        {
            for (var i = 0; i < length; i++)
            {
                result[(i * stride) + s] = Average(x.Data, s, stride, length, i, weighting, before, after, partialIsMissing);
            }
        }
        return new MatrixValue(x.Rows, x.Columns, result);
    }

    private static int Count(CallContext c, int index, int fallback, bool allowAll, string name)
    {
        var value = c.Number(index, fallback);
        if (double.IsNaN(value) || value != Math.Floor(value) || value < (allowAll ? -1 : 0) || value > int.MaxValue)
        {
            throw c.Error($"{Function} needs {name} to be a whole number of 0 or more{(allowAll ? " (or -1 for every earlier item)" : "")}");
        }
        return (int)value;
    }

    /// <summary>
    /// The average at item <paramref name="i"/>. Decision: weights belong to positions in the whole
    /// window, so an item off either end or missing simply drops out with its weight: linear
    /// weighting gives the earliest position of the window 1, the next 2, and so on; another
    /// weighting w gives the position k places before the window's last w^k (so 1 is equal weights).
    /// A window with no value is missing.
    /// </summary>
    private static double Average(double[] data, int offset, int stride, int length, int i, double weighting, int before, int after, bool partialIsMissing)
    {
        long first = before < 0 ? 0 : (long)i - before;
        long last = (long)i + after;
        if (partialIsMissing && (first < 0 || last >= length)) return double.NaN;
        double total = 0, weights = 0;
        for (var t = Math.Max(first, 0); t <= Math.Min(last, length - 1); t++)
        {
            var value = data[(t * stride) + offset];
            if (double.IsNaN(value))
            {
                if (partialIsMissing) return double.NaN;
                continue;
            }
            var weight = weighting == 0 ? t - first + 1 : Math.Pow(weighting, last - t);
            total += weight * value;
            weights += weight;
        }
        return weights > 0 ? total / weights : double.NaN;
    }
}
