using Jsl.Runtime.Values;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// Numeric operations applied the JSL way: numbers directly, matrices element by element (a number
/// is spread over a matrix), lists item by item. Missing (NaN) propagates on its own.
/// </summary>
internal static class Elementwise
{
    public const string NotANumber = "Cannot convert argument to a number [or matrix]";

    public static Value Binary(CallContext context, Value left, Value right, Func<double, double, double> op) =>
        left is NumberValue a && right is NumberValue b ? NumberValue.Of(op(a.Value, b.Value)) : BinaryOverItems(context, left, right, op);

    // Apart from Binary: the lambdas here capture the parameters, and the compiler allocates their
    // closure on entry to the method that declares them, two numbers' call included.
    private static Value BinaryOverItems(CallContext context, Value left, Value right, Func<double, double, double> op)
    {
        // Lists recurse item by item: a list nested deeper than the stack allows is a depth error
        // at the call (DepthGuard.EnterValue), not a crash (found by the fuzzer: {{{...}}} - 1).
        if (left is ListValue || right is ListValue) Errors.DepthGuard.EnterValue();
        switch (left, right)
        {
            case (NumberValue a, NumberValue b):
                return NumberValue.Of(op(a.Value, b.Value));
            case (MatrixValue m, NumberValue b):
                return Map(m, x => op(x, b.Value));
            case (NumberValue a, MatrixValue m):
                return Map(m, x => op(a.Value, x));
            case (MatrixValue a, MatrixValue b):
                if (a.Rows != b.Rows || a.Columns != b.Columns) throw context.Error("Cannot conform matrices (dimensions do not match)");
                var data = new double[a.Data.Length];
                for (var i = 0; i < data.Length; i++) data[i] = op(a.Data[i], b.Data[i]);
                return new MatrixValue(a.Rows, a.Columns, data);
            case (ListValue a, ListValue b):
                if (a.Count != b.Count) throw context.Error("lists are not the same length");
                var items = new List<Value>(a.Count);
                for (var i = 0; i < a.Count; i++) items.Add(Binary(context, Evaluated(context, a.Items[i]), Evaluated(context, b.Items[i]), op));
                return new ListValue(items);
            case (ListValue a, _):
                return new ListValue(a.Items.Select(item => Binary(context, Evaluated(context, item), right, op)).ToList());
            case (_, ListValue b):
                return new ListValue(b.Items.Select(item => Binary(context, left, Evaluated(context, item), op)).ToList());
            default:
                throw context.Error(NotANumber);
        }
    }

    public static Value Unary(CallContext context, Value value, Func<double, double> op) => value switch
    {
        NumberValue n => NumberValue.Of(op(n.Value)),
        MatrixValue m => Map(m, op),
        ListValue l => UnaryItems(context, l, op),
        _ => throw context.Error(NotANumber),
    };

    // Apart from Unary: a lambda there that captures its parameters makes the compiler allocate
    // their closure on every call, a number's (!x, -x) included.
    private static ListValue UnaryItems(CallContext context, ListValue list, Func<double, double> op)
    {
        Errors.DepthGuard.EnterValue();
        return new ListValue(list.Items.Select(item => Unary(context, Evaluated(context, item), op)).ToList());
    }

    /// <summary>A list item that is still an expression is evaluated before arithmetic uses it.</summary>
    private static Value Evaluated(CallContext context, Value item) => item is ExpressionValue e ? context.Eval(e.Node) : item;

    private static MatrixValue Map(MatrixValue m, Func<double, double> op)
    {
        var data = new double[m.Data.Length];
        for (var i = 0; i < data.Length; i++) data[i] = op(m.Data[i]);
        return new MatrixValue(m.Rows, m.Columns, data);
    }
}
