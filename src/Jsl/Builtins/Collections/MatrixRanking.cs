using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// Ordering and locating in matrices (Scripting Index, Matrix): <c>Rank</c>/<c>Rank Index</c>,
/// <c>Ranking</c>, <c>Ranking Tie</c>, <c>Loc Sorted</c>, <c>Loc Nonmissing</c>, <c>Mode</c>,
/// <c>E Max</c> and <c>E Min</c>.
/// </summary>
internal static class MatrixRanking
{
    private const string Category = "Matrices";
    private static readonly Symbol Tie = Symbol.Intern("Tie");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Rank Index", c => RankIndex(c, "Rank Index"));
        table.Add(Category, "Rank", c => RankIndex(c, "Rank"));
        table.Add(Category, "Ranking", c => Ranking(c, "Ranking", "arbitrary"));
        table.Add(Category, "Ranking Tie", c => Ranking(c, "Ranking Tie", "average"));
        table.Add(Category, "Loc Sorted", LocSorted);
        table.Add(Category, "Loc Nonmissing", LocNonmissing);
        table.Add(Category, "Mode", Mode);
        table.Add(Category, "E Max", c => Extreme(c, "E Max", Math.Max));
        table.Add(Category, "E Min", c => Extreme(c, "E Min", Math.Min));
    }

    private static double[] Numbers(CallContext c, int index, string function) => Numbers(c, c.Eval(index), function);

    private static double[] Numbers(CallContext c, Value value, string function) => value switch
    {
        MatrixValue m => m.Data,
        NumberValue n => [n.Value],
        ListValue l => l.Items.Select(item => item is NumberValue n ? n.Value : throw c.Error($"{function} needs numbers, found {item.TypeName}")).ToArray(),
        var other => throw c.Error($"{function} needs a matrix, found {other.TypeName}"),
    };

    private static MatrixValue Column(IReadOnlyCollection<double> values) => new(values.Count, values.Count == 0 ? 0 : 1, values.ToArray());

    /// <summary>
    /// <c>Rank Index(x)</c>: the positions that, used as a subscript, sort x ascending; missing values
    /// are left out (the Index). Equal values keep their order. A column vector.
    /// </summary>
    private static Value RankIndex(CallContext c, string function)
    {
        c.RequireCount(1, 1);
        var x = Numbers(c, 0, function);
        var positions = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i])).OrderBy(i => x[i]).ThenBy(static i => i);
        return Column(positions.Select(static i => (double)(i + 1)).ToList());
    }

    /// <summary>
    /// <c>Ranking(x, &lt;&lt;Tie("average" | "row" | "minimum" | "maximum" | "arbitrary"))</c>: the rank of each
    /// value, 1 for the lowest, in x's shape. Ties take their row order ("row", "arbitrary"), their
    /// mean rank, or the lowest or highest rank of the tie. Decision: a missing value's rank is missing.
    /// </summary>
    private static Value Ranking(CallContext c, string function, string defaultTie)
    {
        c.RequireCount(1, 2);
        var tie = defaultTie;
        if (c.Count == 2)
        {
            var option = c.ArgNode(1) is CallNode { Args.Count: 1 } send && ReferenceEquals(send.Head, Heads.Send) ? send.Args[0] : c.ArgNode(1);
            if (option is not CallNode { Args.Count: 1 } tieCall || !ReferenceEquals(tieCall.Head, Tie) || c.Eval(tieCall.Args[0]) is not StringValue mode)
            {
                throw c.Error($"{function}'s option is <<Tie(\"average\" | \"row\" | \"minimum\" | \"maximum\" | \"arbitrary\")");
            }
            tie = mode.Value.ToLowerInvariant();
            if (tie is not ("average" or "row" or "minimum" or "maximum" or "arbitrary")) throw c.Error($"{function} does not know the tie rule \"{mode.Value}\"");
        }
        var source = c.Eval(0);
        var x = Numbers(c, source, function);
        var ranks = new double[x.Length];
        Array.Fill(ranks, double.NaN);
        var order = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i])).OrderBy(i => x[i]).ThenBy(static i => i).ToArray();
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && x[order[end + 1]] == x[order[start]]) end++;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = tie switch
                {
                    "average" => (start + end) / 2.0 + 1,
                    "minimum" => start + 1,
                    "maximum" => end + 1,
                    _ => k + 1,
                };
            }
            start = end + 1;
        }
        return source is MatrixValue m ? new MatrixValue(m.Rows, m.Columns, ranks) : Column(ranks);
    }

    /// <summary>
    /// <c>Loc Sorted(x, y)</c>: for each y, the position of the last element of the ascending x that
    /// is at most y, by binary search. Decision: a y below every x gives 1, the first position (the
    /// subscript stays usable), as a value above every x gives the last.
    /// </summary>
    private static Value LocSorted(CallContext c)
    {
        c.RequireCount(2, 2);
        var x = Numbers(c, 0, "Loc Sorted");
        var y = Numbers(c, 1, "Loc Sorted");
        if (x.Length == 0) throw c.Error("Loc Sorted needs a sorted matrix with at least one element");
        var positions = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            if (double.IsNaN(y[i]))
            {
                positions[i] = double.NaN;
                continue;
            }
            int lo = 0, hi = x.Length - 1, found = 0;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (x[mid] <= y[i])
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            positions[i] = found + 1;
        }
        return Column(positions);
    }

    /// <summary>
    /// <c>Loc Nonmissing(matrix, ..., {list}, ...)</c>: the row numbers where no argument has a missing
    /// value: a matrix row with no missing element, a list item that is a number that is not missing
    /// or a string that is not empty.
    /// </summary>
    private static Value LocNonmissing(CallContext c)
    {
        c.RequireCount(1);
        bool[]? keep = null;
        for (var a = 0; a < c.Count; a++)
        {
            var rows = c.Eval(a) switch
            {
                MatrixValue m => Enumerable.Range(0, m.Rows).Select(r => Enumerable.Range(0, m.Columns).All(col => !double.IsNaN(m[r, col]))).ToArray(),
                ListValue l => l.Items.Select(static item => item switch
                {
                    NumberValue n => !n.IsMissing,
                    StringValue s => s.Value.Length > 0,
                    _ => true,
                }).ToArray(),
                NumberValue n => [!n.IsMissing],
                var other => throw c.Error($"Loc Nonmissing needs matrices or lists, found {other.TypeName}"),
            };
            if (keep is null) keep = rows;
            else if (keep.Length != rows.Length) throw c.Error("Loc Nonmissing needs arguments with the same number of rows");
            else for (var i = 0; i < keep.Length; i++) keep[i] &= rows[i];
        }
        return Column(Enumerable.Range(0, keep!.Length).Where(i => keep[i]).Select(static i => (double)(i + 1)).ToList());
    }

    /// <summary><c>Mode(list | matrix)</c>: the most frequent item, the lower value when several are as frequent. Decision: missing values are not counted.</summary>
    private static Value Mode(CallContext c)
    {
        c.RequireCount(1, 1);
        var items = c.Eval(0) switch
        {
            MatrixValue m => m.Data.Where(static d => !double.IsNaN(d)).Select(static d => (Value)NumberValue.Of(d)).ToList(),
            ListValue l => l.Items.Where(static v => v is not NumberValue { IsMissing: true }).ToList(),
            NumberValue n => [n],
            var other => throw c.Error($"Mode needs a list or a matrix, found {other.TypeName}"),
        };
        if (items.Count == 0) return NumberValue.Missing;
        var comparer = AssociativeArrayValue.KeyComparer.ValueOrder;
        return items.GroupBy(static v => v, comparer)
            .OrderByDescending(static g => g.Count())
            .ThenBy(static g => g.Key, comparer)
            .First().Key;
    }

    /// <summary><c>E Max(A, B)</c> / <c>E Min(A, B)</c>: element by element. Decision: missing where either element is missing.</summary>
    private static Value Extreme(CallContext c, string function, Func<double, double, double> pick)
    {
        c.RequireCount(2);
        var result = c.Eval(0);
        for (var i = 1; i < c.Count; i++) result = Elementwise.Binary(c, result, c.Eval(i), (x, y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : pick(x, y));
        return result;
    }
}
