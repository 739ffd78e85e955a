using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>The arithmetic operators' functions: <c>Add</c> (+), <c>Subtract</c> (-), <c>Multiply</c> (*), <c>Divide</c> (/), <c>Minus</c> (unary -), <c>Power</c> (^), <c>E Mult</c> (:*), <c>E Div</c> (:/), <c>Index</c> (::).</summary>
internal static class ArithmeticBuiltins
{
    private const string Category = "Arithmetic";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Add", Add);
        table.Add(Category, "Subtract", c => Fold(c, static (a, b) => a - b, 0));
        table.Add(Category, "Multiply", c => Multiply(c));
        table.Add(Category, "Divide", Divide);
        table.Add(Category, "E Mult", c => Fold(c, static (a, b) => a * b, 1));
        table.Add(Category, "E Div", c => Fold(c, DivideNumbers, 1));
        table.Add(Category, "Minus", c =>
        {
            c.RequireCount(1, 1);
            return Elementwise.Unary(c, c.Eval(0), static x => -x);
        });
        table.Add(Category, "Power", Power);
        table.Add(Category, "Index", Index);
        table.SetPreparer("Add", NumberPairCall.ForFold(NumberOperator.Add, AddPair));
        table.SetPreparer("Subtract", NumberPairCall.For(NumberOperator.Subtract, static (c, a, b) => Elementwise.Binary(c, a, b, static (x, y) => x - y)));
        table.SetPreparer("Multiply", NumberPairCall.ForFold(NumberOperator.Multiply, MultiplyPair));
        table.SetPreparer("Divide", NumberPairCall.For(NumberOperator.Divide, static (c, a, b) => Elementwise.Binary(c, a, b, DivideNumbers)));
    }

    /// <summary>Decision: division by zero gives missing, without an error (output.md §10.7).</summary>
    internal static double DivideNumbers(double a, double b) => b == 0 ? double.NaN : a / b;

    private static Value Fold(CallContext c, Func<double, double, double> op, double identity)
    {
        if (c.Count == 0) return NumberValue.Of(identity);
        var first = c.Eval(0);
        if (c.Count == 2)
        {
            var second = c.Eval(1);
            if (first is NumberValue a && second is NumberValue b) return NumberValue.Of(op(a.Value, b.Value));
            return Elementwise.Binary(c, first, second, op);
        }
        var acc = first;
        for (var i = 1; i < c.Count; i++) acc = Elementwise.Binary(c, acc, c.Eval(i), op);
        if (c.Count == 1 && acc is not (NumberValue or MatrixValue or ListValue)) throw c.Error(Elementwise.NotANumber);
        return acc;
    }

    /// <summary><c>a + b + ...</c>: arithmetic, or a pattern sequence when a pattern is involved (see Patterns.PatternOperands).</summary>
    private static Value Add(CallContext c)
    {
        if (c.Count < 2) return Fold(c, static (a, b) => a + b, 0);
        var acc = c.Eval(0);
        for (var i = 1; i < c.Count; i++) acc = AddPair(c, acc, c.Eval(i));
        return acc;
    }

    private static Value AddPair(CallContext c, Value a, Value b) =>
        a is NumberValue x && b is NumberValue y ? NumberValue.Of(x.Value + y.Value)
            : Patterns.PatternOperands.TrySequence(a, b) ?? Elementwise.Binary(c, a, b, static (x, y) => x + y);

    private static Value Multiply(CallContext c)
    {
        if (c.Count == 0) return NumberValue.One;
        var acc = c.Eval(0);
        for (var i = 1; i < c.Count; i++) acc = MultiplyPair(c, acc, c.Eval(i));
        return acc;
    }

    private static Value MultiplyPair(CallContext c, Value acc, Value next) =>
        acc is MatrixValue a && next is MatrixValue b && !(a.Rows == 1 && a.Columns == 1) && !(b.Rows == 1 && b.Columns == 1)
            ? MatrixProduct(c, a, b)
            : Elementwise.Binary(c, acc, next, static (x, y) => x * y);

    internal static MatrixValue MatrixProduct(CallContext c, MatrixValue a, MatrixValue b)
    {
        if (a.Columns != b.Rows) throw c.Error("Cannot conform matrices (dimensions do not match)");
        var result = new MatrixValue(a.Rows, b.Columns, new double[a.Rows * b.Columns]);
        for (var i = 0; i < a.Rows; i++)
        {
            for (var j = 0; j < b.Columns; j++)
            {
                double sum = 0;
                for (var k = 0; k < a.Columns; k++) sum += a[i, k] * b[k, j];
                result[i, j] = sum;
            }
        }
        return result;
    }

    /// <summary><c>Divide(x)</c> is 1/x; <c>Divide(a, b)</c> is a/b.</summary>
    private static Value Divide(CallContext c)
    {
        c.RequireCount(1, 2);
        if (c.Count == 1) return Elementwise.Unary(c, c.Eval(0), static x => DivideNumbers(1, x));
        var left = c.Eval(0);
        var right = c.Eval(1);
        if (left is NumberValue a && right is NumberValue b) return NumberValue.Of(DivideNumbers(a.Value, b.Value));
        return Elementwise.Binary(c, left, right, DivideNumbers);
    }

    /// <summary><c>Power(x)</c> squares; <c>Power(a, b)</c> is a^b.</summary>
    private static Value Power(CallContext c)
    {
        c.RequireCount(1, 2);
        var left = c.Eval(0);
        if (c.Count == 1) return Elementwise.Unary(c, left, static x => x * x);
        return Elementwise.Binary(c, left, c.Eval(1), Math.Pow);
    }

    /// <summary><c>a::b</c>: the row vector a, a+1, ..., b (descending when b &lt; a), optionally with a step.</summary>
    private static Value Index(CallContext c)
    {
        c.RequireCount(2, 3);
        var from = c.Number(0);
        var to = c.Number(1);
        var step = c.Count > 2 ? c.Number(2) : (to >= from ? 1 : -1);
        if (double.IsNaN(from) || double.IsNaN(to) || double.IsNaN(step) || step == 0) return MatrixValue.Empty;
        var steps = Math.Floor((to - from) / step + 1e-10) + 1;
        if (steps <= 0) return MatrixValue.Empty;
        // Counted as a double first: a range of 1e12 steps must be refused, not wrapped to a negative int.
        c.Limits.CheckMatrix(1, steps >= long.MaxValue ? long.MaxValue : (long)steps, c.Call);
        var count = (int)steps;
        var data = new double[count];
        for (var i = 0; i < count; i++) data[i] = from + i * step;
        return new MatrixValue(1, count, data);
    }
}
