using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>
/// Comparison and logic: <c>==</c> <c>!=</c> <c>&lt;</c> <c>&lt;=</c> <c>&gt;</c> <c>&gt;=</c> (n-ary chains:
/// each argument against the next), the range forms <c>a &lt; b &lt;= c</c>, and <c>&amp;</c>, <c>|</c>, <c>!</c>.
/// </summary>
internal static class ComparisonBuiltins
{
    private const string Category = "Comparison and logic";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Equal", c => Chain(c, EqualValues));
        table.Add(Category, "Not Equal", c => Chain(c, (ctx, a, b) => Negate(EqualValues(ctx, a, b))));
        table.Add(Category, "Less", c => Chain(c, (ctx, a, b) => Order(ctx, a, b, static r => r < 0)));
        table.Add(Category, "Less or Equal", c => Chain(c, (ctx, a, b) => Order(ctx, a, b, static r => r <= 0)));
        table.Add(Category, "Greater", c => Chain(c, (ctx, a, b) => Order(ctx, a, b, static r => r > 0)));
        table.Add(Category, "Greater or Equal", c => Chain(c, (ctx, a, b) => Order(ctx, a, b, static r => r >= 0)));
        table.Add(Category, "Less LessEqual", c => Range(c, strictLow: true));
        table.Add(Category, "LessEqual Less", c => Range(c, strictLow: false));
        table.Add(Category, "And", c => And(c, missingIsZero: false));
        table.Add(Category, "Or", c => Or(c, missingIsZero: false));
        table.Add(Category, "And MZ", c => And(c, missingIsZero: true));
        table.Add(Category, "Or MZ", c => Or(c, missingIsZero: true));
        table.Add(Category, "Not", c =>
        {
            c.RequireCount(1, 1);
            return Elementwise.Unary(c, c.Eval(0), static x => double.IsNaN(x) ? double.NaN : x == 0 ? 1 : 0);
        });
        table.SetPreparer("Equal", NumberPairCall.For(NumberOperator.Equal, EqualValues));
        table.SetPreparer("Not Equal", NumberPairCall.For(NumberOperator.NotEqual, static (c, a, b) => Negate(EqualValues(c, a, b))));
        table.SetPreparer("Less", NumberPairCall.For(NumberOperator.Less, static (c, a, b) => Order(c, a, b, static r => r < 0)));
        table.SetPreparer("Less or Equal", NumberPairCall.For(NumberOperator.LessOrEqual, static (c, a, b) => Order(c, a, b, static r => r <= 0)));
        table.SetPreparer("Greater", NumberPairCall.For(NumberOperator.Greater, static (c, a, b) => Order(c, a, b, static r => r > 0)));
        table.SetPreparer("Greater or Equal", NumberPairCall.For(NumberOperator.GreaterOrEqual, static (c, a, b) => Order(c, a, b, static r => r >= 0)));
    }

    private static Value Chain(CallContext c, Func<CallContext, Value, Value, Value> compare)
    {
        c.RequireCount(2);
        var previous = c.Eval(0);
        Value result = NumberValue.One;
        for (var i = 1; i < c.Count; i++)
        {
            var next = c.Eval(i);
            var step = compare(c, previous, next);
            if (c.Count == 2) return step;
            result = CombineAnd(result, step);
            previous = next;
        }
        return result;
    }

    private static Value CombineAnd(Value a, Value b)
    {
        if (a is NumberValue x && b is NumberValue y)
        {
            if (x.Value == 0 || y.Value == 0) return NumberValue.Zero;
            return x.IsMissing || y.IsMissing ? NumberValue.Missing : NumberValue.One;
        }
        return b;
    }

    private static Value Range(CallContext c, bool strictLow)
    {
        c.RequireCount(3, 3);
        var low = c.Eval(0);
        var middle = c.Eval(1);
        var high = c.Eval(2);
        var first = Order(c, low, middle, strictLow ? static r => r < 0 : static r => r <= 0);
        var second = Order(c, middle, high, strictLow ? static r => r <= 0 : static r => r < 0);
        return CombineAnd(first, second);
    }

    internal static Value EqualValues(CallContext c, Value a, Value b)
    {
        switch (a, b)
        {
            case (NumberValue x, NumberValue y):
                return x.IsMissing || y.IsMissing ? NumberValue.Missing : NumberValue.Of(x.Value == y.Value);
            case (MatrixValue, _) or (_, MatrixValue) when a is MatrixValue or NumberValue && b is MatrixValue or NumberValue:
                return Elementwise.Binary(c, a, b, static (x, y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : x == y ? 1 : 0);
            default:
                return NumberValue.Of(ValueEquality.AreEqual(a, b));
        }
    }

    private static Value Negate(Value v) => v switch
    {
        NumberValue n => n.IsMissing ? n : NumberValue.Of(n.Value == 0),
        MatrixValue m => new MatrixValue(m.Rows, m.Columns, m.Data.Select(static x => double.IsNaN(x) ? x : x == 0 ? 1 : 0).ToArray()),
        _ => v,
    };

    /// <summary>Ordering: numbers, strings (ordinal), matrices element by element; missing or mixed kinds give missing.</summary>
    private static Value Order(CallContext c, Value a, Value b, Func<int, bool> test)
    {
        switch (a, b)
        {
            case (NumberValue x, NumberValue y):
                if (x.IsMissing || y.IsMissing) return NumberValue.Missing;
                return NumberValue.Of(test(x.Value.CompareTo(y.Value)));
            case (StringValue x, StringValue y):
                return NumberValue.Of(test(Math.Sign(string.CompareOrdinal(x.Value, y.Value))));
            case (MatrixValue or NumberValue, MatrixValue or NumberValue):
                return Elementwise.Binary(c, a, b, (x, y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : test(x.CompareTo(y)) ? 1 : 0);
            default:
                return NumberValue.Missing;
        }
    }

    /// <summary>Decision (language.md §6a.1): left to right, stopping at the first 0; a missing that does not settle it makes the result missing.</summary>
    private static Value And(CallContext c, bool missingIsZero)
    {
        var sawMissing = false;
        for (var i = 0; i < c.Count; i++)
        {
            var value = c.Eval(i);
            if (value is MatrixValue) return LogicOverMatrices(c, i, value, isAnd: true, missingIsZero, sawMissing);
            var v = value is NumberValue n ? n.Value : throw c.Error(Elementwise.NotANumber);
            if (double.IsNaN(v))
            {
                if (missingIsZero) return NumberValue.Zero;
                sawMissing = true;
            }
            else if (v == 0)
            {
                return NumberValue.Zero;
            }
        }
        return sawMissing ? NumberValue.Missing : NumberValue.One;
    }

    /// <summary>Decision (language.md §6a.1): left to right, stopping at the first true value; otherwise missing if any was missing.</summary>
    private static Value Or(CallContext c, bool missingIsZero)
    {
        var sawMissing = false;
        for (var i = 0; i < c.Count; i++)
        {
            var value = c.Eval(i);
            if (value is MatrixValue) return LogicOverMatrices(c, i, value, isAnd: false, missingIsZero, sawMissing);
            // A pattern (or a string, as in "red" | "green") first makes | build a pattern alternation.
            if (i == 0 && value is not NumberValue) return Patterns.PatternOperands.TryAlternation(c, value) ?? throw c.Error(Elementwise.NotANumber);
            var v = value is NumberValue n ? n.Value : throw c.Error(Elementwise.NotANumber);
            if (double.IsNaN(v)) sawMissing |= !missingIsZero;
            else if (v != 0) return NumberValue.One;
        }
        return sawMissing ? NumberValue.Missing : NumberValue.Zero;
    }

    /// <summary>
    /// <c>&amp;</c> and <c>|</c> once an operand is a matrix: the Scripting Guide ("Comparisons, Range
    /// Checks, and Logical Operators") says they "produce matrices of elementwise Boolean results"
    /// for conformable matrices, as <c>[1 0 1] &amp; [1 1 0]</c> gives <c>[1 0 0]</c>.
    /// Decision: the scalars before the first matrix were already evaluated and did not settle the
    /// result (one that did returned before any matrix was evaluated, so <c>0 &amp; m</c> is 0 as
    /// for numbers); from the first matrix on every operand is evaluated, numbers apply to every
    /// element, and each element follows the scalar rule: for <c>&amp;</c> 0 if any is 0, else
    /// missing if any is missing, else 1; for <c>|</c> 1 if any is nonzero, else missing if any is
    /// missing, else 0 (the MZ forms count a missing as 0).
    /// </summary>
    private static Value LogicOverMatrices(CallContext c, int first, Value matrix, bool isAnd, bool missingIsZero, bool sawMissing)
    {
        var shape = (MatrixValue)matrix;
        var data = new double[shape.Data.Length];
        // The scalars before the first matrix were all "not settling": true (And) or false (Or), or missing.
        var start = sawMissing ? double.NaN : isAnd ? 1 : 0;
        Array.Fill(data, start);
        for (var i = first; i < c.Count; i++)
        {
            var value = i == first ? matrix : c.Eval(i);
            switch (value)
            {
                case MatrixValue m:
                    if (m.Rows != shape.Rows || m.Columns != shape.Columns) throw c.Error("Cannot conform matrices (dimensions do not match)");
                    for (var k = 0; k < data.Length; k++) data[k] = Combine(data[k], m.Data[k], isAnd, missingIsZero);
                    break;
                case NumberValue n:
                    for (var k = 0; k < data.Length; k++) data[k] = Combine(data[k], n.Value, isAnd, missingIsZero);
                    break;
                default:
                    throw c.Error(Elementwise.NotANumber);
            }
        }
        return new MatrixValue(shape.Rows, shape.Columns, data);
    }

    /// <summary>One element of <c>&amp;</c> or <c>|</c>: the result so far (1, 0 or missing) with the next operand's element.</summary>
    private static double Combine(double sofar, double next, bool isAnd, bool missingIsZero)
    {
        if (double.IsNaN(next) && missingIsZero) next = 0;
        if (isAnd)
        {
            if (sofar == 0 || next == 0) return 0;
            return double.IsNaN(sofar) || double.IsNaN(next) ? double.NaN : 1;
        }
        if ((!double.IsNaN(sofar) && sofar != 0) || (!double.IsNaN(next) && next != 0)) return 1;
        return double.IsNaN(sofar) || double.IsNaN(next) ? double.NaN : 0;
    }
}
