using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// Numeric functions (Scripting Index: Numeric, Transcendental, Random, Constant categories and the
/// statistical reductions): each takes a number, and where JMP says so a matrix or a list of numbers,
/// element by element. Missing in gives missing out.
/// </summary>
internal static class NumericBuiltins
{
    private const string Category = "Numeric";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Round", Round);
        table.Add(Category, "Floor", c => Unary(c, Math.Floor));
        table.Add(Category, "Ceiling", c => Unary(c, Math.Ceiling));
        table.Add(Category, "Abs", c => Unary(c, Math.Abs));
        table.Add(Category, "Sqrt", c => Unary(c, Math.Sqrt));
        table.Add(Category, "Exp", c => c.Count == 0 ? NumberValue.Of(Math.E) : Unary(c, Math.Exp));
        table.Add(Category, "Ln", c => Unary(c, Math.Log));
        table.Add(Category, "Log10", c => Unary(c, Math.Log10));
        table.Add(Category, "Log", Log);
        table.Add(Category, "Root", c => Binary(c, 1, 2, 2, static (x, n) => n == 2 ? Math.Sqrt(x) : x < 0 && n % 2 == 1 ? -Math.Pow(-x, 1 / n) : Math.Pow(x, 1 / n)));
        table.Add(Category, "Modulo", c => Binary(c, 2, 2, double.NaN, Modulo));
        table.Add(Category, "Mod", c => Binary(c, 2, 2, double.NaN, Modulo));
        // Modulo is the commonest arithmetic in loops: two written numbers skip the general route.
        var moduloPair = Core.NumberPairCall.For(static (x, y) => Finite(Modulo(x, y)), static (c, a, b) => Elementwise.Binary(c, a, b, static (x, y) => Finite(Modulo(x, y))));
        CallPreparer moduloPreparer = (interpreter, call, entry) => call.Args.Count == 2 && !IsEmptyPlaceholder(call.Args[1]) ? moduloPair(interpreter, call, entry) : null;
        table.SetPreparer("Modulo", moduloPreparer);
        table.SetPreparer("Mod", moduloPreparer);
        table.Add(Category, "Factorial", c => Unary(c, Factorial));
        table.Add(Category, "N Choose K", c => Binary(c, 2, 2, double.NaN, NChooseK));
        table.Add(Category, "Pi", c => Constant(c, Math.PI));
        table.Add(Category, "E", c => Constant(c, Math.E));
        table.Add(Category, "Sum", c => Reduce(c, "Sum", Statistics.Sum));
        table.Add(Category, "Mean", c => Reduce(c, "Mean", Statistics.Mean));
        table.Add(Category, "Max", c => Reduce(c, "Max", Statistics.Max));
        table.Add(Category, "Maximum", c => Reduce(c, "Maximum", Statistics.Max));
        table.Add(Category, "Min", c => Reduce(c, "Min", Statistics.Min));
        table.Add(Category, "Minimum", c => Reduce(c, "Minimum", Statistics.Min));
        table.Add(Category, "N Missing", c => NumberValue.Of(Flatten(c, "N Missing").Count(double.IsNaN)));
        table.Add(Category, "Is Missing", IsMissing);
        table.Add(Category, "Zero Or Missing", c =>
        {
            c.RequireCount(1, 1);
            return Elementwise.Unary(c, c.Eval(0), static x => double.IsNaN(x) || x == 0 ? 1 : 0);
        });
        RandomBuiltins.Register(table, "Random");
    }

    /// <summary>Decision: results that are not finite (<c>Log(0)</c>, overflow) are missing, JMP having no infinity to print.</summary>
    private static bool IsEmptyPlaceholder(Jsl.Syntax.Tree.Node node) => node is Jsl.Syntax.Tree.CallNode { Args.Count: 0 } c && ReferenceEquals(c.Head, Jsl.Syntax.Tree.Heads.Empty);

    internal static double Finite(double x) => double.IsFinite(x) ? x : double.NaN;

    private static Value Unary(CallContext c, Func<double, double> op)
    {
        c.RequireCount(1, 1);
        return Elementwise.Unary(c, c.Eval(0), x => Finite(op(x)));
    }

    /// <summary>A two-operand function applied element by element; the second operand may default.</summary>
    private static Value Binary(CallContext c, int min, int max, double fallback, Func<double, double, double> op)
    {
        c.RequireCount(min, max);
        var left = c.Eval(0);
        var right = c.EvalOptional(1) ?? NumberValue.Of(fallback);
        return Elementwise.Binary(c, left, right, (x, y) => Finite(op(x, y)));
    }

    private static Value Constant(CallContext c, double value)
    {
        c.RequireCount(0, 0);
        return NumberValue.Of(value);
    }

    /// <summary><c>Log(x, &lt;base&gt;)</c>: natural logarithm, or the logarithm to the given base.</summary>
    private static Value Log(CallContext c)
    {
        c.RequireCount(1, 2);
        if (c.Count == 1) return Unary(c, Math.Log);
        return Elementwise.Binary(c, c.Eval(0), c.Eval(1), static (x, b) => Finite(Math.Log(x) / Math.Log(b)));
    }

    /// <summary>The remainder of x / y with the sign of x (Scripting Index: Modulo); y = 0 gives missing.</summary>
    internal static double Modulo(double x, double y)
    {
        if (y == 0) return double.NaN;
        // Whole numbers below 2^53 are exact as longs, and the integer remainder (also with the
        // sign of x) is several times cheaper than fmod; a zero remainder keeps x's sign as fmod's does.
        if (Math.Abs(x) < ExactWholeLimit && Math.Abs(y) < ExactWholeLimit)
        {
            var a = (long)x;
            var b = (long)y;
            if (a == x && b == y)
            {
                var r = a % b;
                return r != 0 ? r : double.IsNegative(x) ? -0.0 : 0.0;
            }
        }
        return x % y;
    }

    private const double ExactWholeLimit = 9007199254740992.0;

    /// <summary>
    /// <c>Round(x, &lt;n = 0&gt;)</c>: to n decimal places (negative n rounds to tens, hundreds...).
    /// Decision: halves round away from zero (<c>Round(2.5)</c> is 3, <c>Round(-2.5)</c> is -3).
    /// </summary>
    private static Value Round(CallContext c)
    {
        c.RequireCount(1, 2);
        var value = c.Eval(0);
        var places = c.Number(1, 0);
        if (double.IsNaN(places)) return Elementwise.Unary(c, value, static _ => double.NaN);
        var n = (int)Math.Clamp(Math.Truncate(places), -308, 308);
        return Elementwise.Unary(c, value, x => RoundTo(x, n));
    }

    /// <summary>
    /// Decision: rounding works on the decimal the number prints as, so <c>Round(1.005, 2)</c> is 1.01
    /// (the double nearest 1.005 is a hair below it, but the script wrote, and sees, 1.005).
    /// </summary>
    internal static double RoundTo(double x, int places)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x;
        if (places is >= 0 and <= 15)
        {
            return Math.Abs(x) < 1e15
                ? (double)Math.Round((decimal)x, places, MidpointRounding.AwayFromZero)
                : Math.Round(x, places, MidpointRounding.AwayFromZero);
        }
        if (places > 15) return x;
        var scale = Math.Pow(10, -places);
        return Math.Round(x / scale, MidpointRounding.AwayFromZero) * scale;
    }

    /// <summary>Decision: <c>Factorial</c> of a whole number n ≥ 0 is the product 1·2·…·n; anything else is missing.</summary>
    private static double Factorial(double x)
    {
        if (double.IsNaN(x) || x < 0 || x != Math.Floor(x)) return double.NaN;
        var product = 1.0;
        for (var i = 2; i <= x && !double.IsInfinity(product); i++) product *= i;
        return product;
    }

    /// <summary>n! / (k! (n - k)!) for whole numbers 0 ≤ k ≤ n; missing otherwise.</summary>
    private static double NChooseK(double n, double k)
    {
        if (double.IsNaN(n) || double.IsNaN(k) || n != Math.Floor(n) || k != Math.Floor(k) || k < 0 || n < 0 || k > n) return double.NaN;
        k = Math.Min(k, n - k);
        var result = 1.0;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return Math.Round(result);
    }

    /// <summary>Sum/Mean/Min/Max over all arguments: numbers, the elements of matrices, the items of lists.</summary>
    private static Value Reduce(CallContext c, string function, Func<IEnumerable<double>, double> statistic)
    {
        c.RequireCount(1);
        return NumberValue.Of(statistic(Flatten(c, function)));
    }

    internal static List<double> Flatten(CallContext c, string function, int from = 0)
    {
        var numbers = new List<double>();
        for (var i = from; i < c.Count; i++) Collect(c, c.Eval(i), numbers, function);
        return numbers;
    }

    private static void Collect(CallContext c, Value value, List<double> numbers, string function)
    {
        switch (value)
        {
            case NumberValue n:
                numbers.Add(n.Value);
                break;
            case MatrixValue m:
                numbers.AddRange(m.Data);
                break;
            case ListValue l:
                foreach (var item in l.Items) Collect(c, item is ExpressionValue e ? c.Eval(e.Node) : item, numbers, function);
                break;
            default:
                throw c.Error(Elementwise.NotANumber);
        }
    }

    /// <summary>
    /// <c>Is Missing(x)</c>: 1 for the missing number; element by element for a matrix or list.
    /// Decision: an empty string counts as missing (JMP's missing character value); any other value is not.
    /// </summary>
    private static Value IsMissing(CallContext c)
    {
        c.RequireCount(1, 1);
        return Missingness(c, c.Eval(0));
    }

    private static Value Missingness(CallContext c, Value value) => value switch
    {
        NumberValue n => NumberValue.Of(n.IsMissing),
        StringValue s => NumberValue.Of(s.Value.Length == 0),
        MatrixValue => Elementwise.Unary(c, value, static x => double.IsNaN(x) ? 1 : 0),
        ListValue l => new ListValue(l.Items.Select(i => Missingness(c, i is ExpressionValue e ? c.Eval(e.Node) : i)).ToList()),
        _ => NumberValue.Zero,
    };
}
