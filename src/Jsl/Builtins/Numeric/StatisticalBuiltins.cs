using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// The Statistical functions of the Scripting Index that work on values (not data-table columns):
/// <c>Std Dev</c>, <c>Median</c>, <c>Quantile</c>, <c>Range</c>, <c>SSQ</c>, <c>Number</c>,
/// <c>Cumulative Sum</c>, <c>Summation</c> and <c>Product</c>. Like <c>Sum</c> and <c>Mean</c>
/// they take numbers, matrices and lists of numbers, and skip missing values.
/// </summary>
internal static class StatisticalBuiltins
{
    private const string Category = "Numeric";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Std Dev", c => NumberValue.Of(StandardDeviation(Present(c, "Std Dev"))));
        table.Add(Category, "Median", c => NumberValue.Of(Quantile(Sorted(Present(c, "Median")), 0.5)));
        table.Add(Category, "Quantile", QuantileOf);
        table.Add(Category, "Range", RangeOf);
        table.Add(Category, "SSQ", c => NumberValue.Of(Present(c, "SSQ").Sum(static x => x * x)));
        table.Add(Category, "Number", c => NumberValue.Of(Present(c, "Number").Count));
        table.Add(Category, "Cumulative Sum", CumulativeSum);
        table.Add(Category, "Summation", c => Series(c, "Summation", 0, static (total, x) => total + x));
        table.Add(Category, "Product", c => Series(c, "Product", 1, static (total, x) => total * x));
    }

    /// <summary>The non-missing numbers among every argument.</summary>
    private static List<double> Present(CallContext c, string function)
    {
        c.RequireCount(1);
        var numbers = NumericBuiltins.Flatten(c, function);
        numbers.RemoveAll(double.IsNaN);
        return numbers;
    }

    private static double[] Sorted(List<double> numbers)
    {
        var sorted = numbers.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The sample standard deviation (n − 1 in the denominator); missing for fewer than two values.</summary>
    internal static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return double.NaN;
        var mean = values.Average();
        var squares = 0.0;
        foreach (var x in values) squares += (x - mean) * (x - mean);
        return Math.Sqrt(squares / (values.Count - 1));
    }

    /// <summary>
    /// The p-th quantile of sorted values as JMP computes it: the value at position p·(n + 1),
    /// interpolated between its neighbours, and the smallest or largest value beyond the ends.
    /// <c>Quantile(0.75, 0, 100, ..., 1000)</c> is 800; the median of an even count is the mean of the middle two.
    /// </summary>
    internal static double Quantile(double[] sorted, double p)
    {
        if (sorted.Length == 0 || double.IsNaN(p) || p < 0 || p > 1) return double.NaN;
        var position = p * (sorted.Length + 1);
        if (position <= 1) return sorted[0];
        if (position >= sorted.Length) return sorted[^1];
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        return sorted[below - 1] + fraction * (sorted[below] - sorted[below - 1]);
    }

    /// <summary><c>Quantile(p, x1, ...)</c>: p may be a number or a matrix of probabilities (a matrix of quantiles of the same shape).</summary>
    private static Value QuantileOf(CallContext c)
    {
        c.RequireCount(2);
        var p = c.Eval(0);
        var values = NumericBuiltins.Flatten(c, "Quantile", from: 1);
        values.RemoveAll(double.IsNaN);
        var sorted = Sorted(values);
        return p switch
        {
            NumberValue n => NumberValue.Of(Quantile(sorted, n.Value)),
            MatrixValue m => new MatrixValue(m.Rows, m.Columns, m.Data.Select(q => Quantile(sorted, q)).ToArray()),
            _ => throw c.Error($"Quantile needs a probability between 0 and 1 as its first argument, found {p.TypeName}"),
        };
    }

    /// <summary>
    /// <c>Range(x1, ...)</c>: the smallest and largest values. Decision: as a row vector
    /// <c>[min max]</c>, the form the matrix functions return; missing ends when every value is missing.
    /// </summary>
    private static Value RangeOf(CallContext c)
    {
        var values = Present(c, "Range");
        return values.Count == 0
            ? new MatrixValue(1, 2, [double.NaN, double.NaN])
            : new MatrixValue(1, 2, [values.Min(), values.Max()]);
    }

    /// <summary>
    /// <c>Cumulative Sum(x)</c>: the running sums of a matrix, in its shape (a list gives a column vector).
    /// Decision: a missing element is missing in the result and adds nothing to the sums after it.
    /// </summary>
    private static Value CumulativeSum(CallContext c)
    {
        c.RequireCount(1, 1);
        var (rows, columns, data) = c.Eval(0) switch
        {
            MatrixValue m => (m.Rows, m.Columns, m.Data),
            NumberValue n => (1, 1, new[] { n.Value }),
            ListValue l => (l.Count, l.Count == 0 ? 0 : 1, NumericBuiltins.Flatten(c, "Cumulative Sum").ToArray()),
            var other => throw c.Error($"Cumulative Sum needs a matrix, found {other.TypeName}"),
        };
        var sums = new double[data.Length];
        var total = 0.0;
        for (var i = 0; i < data.Length; i++)
        {
            if (double.IsNaN(data[i]))
            {
                sums[i] = double.NaN;
                continue;
            }
            total += data[i];
            sums[i] = total;
        }
        return new MatrixValue(rows, columns, sums);
    }

    /// <summary>
    /// <c>Summation(i = start, limit, body)</c> and <c>Product(...)</c>: the body's values for i = start,
    /// start + 1, ... up to and including limit, summed or multiplied (an empty range gives 0 or 1).
    /// </summary>
    private static Value Series(CallContext c, string function, double empty, Func<double, double, double> combine)
    {
        c.RequireCount(3, 3);
        if (c.ArgNode(0) is not CallNode { Args.Count: 2 } assign || !ReferenceEquals(assign.Head, Heads.Assign) || assign.Args[0] is not NameNode)
        {
            throw c.Error($"{function} needs an assignment such as i = 1 as its first argument");
        }
        var target = assign.Args[0];
        var start = c.Eval(assign.Args[1]) as NumberValue ?? throw c.Error($"{function} needs a number to start from");
        var limit = c.Number(1);
        if (start.IsMissing || double.IsNaN(limit)) return NumberValue.Missing;
        var total = empty;
        for (var i = start.Value; i <= limit; i++)
        {
            c.Interpreter.State.Budget.Step(c.Call);
            Assignment.Store(c, target, NumberValue.Of(i));
            var term = c.Eval(2) switch
            {
                NumberValue n => n.Value,
                var other => throw c.Error($"{function} needs a number from its body, found {other.TypeName}"),
            };
            total = combine(total, term);
        }
        return NumberValue.Of(total);
    }
}
