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
            var v = Truth(c, i);
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
            // A pattern (or a string, as in "red" | "green") first makes | build a pattern alternation.
            if (i == 0 && value is not NumberValue) return Patterns.PatternOperands.TryAlternation(c, value) ?? throw c.Error(Elementwise.NotANumber);
            var v = value is NumberValue n ? n.Value : throw c.Error(Elementwise.NotANumber);
            if (double.IsNaN(v)) sawMissing |= !missingIsZero;
            else if (v != 0) return NumberValue.One;
        }
        return sawMissing ? NumberValue.Missing : NumberValue.Zero;
    }

    private static double Truth(CallContext c, int index) => c.Eval(index) switch
    {
        NumberValue n => n.Value,
        _ => throw c.Error(Elementwise.NotANumber),
    };
}
