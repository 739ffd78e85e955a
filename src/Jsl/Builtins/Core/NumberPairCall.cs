using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// A two-argument operator call (<c>a + b</c>, <c>a &lt; b</c>, <c>Modulo(a, b)</c>) prepared with a
/// fast path for two numbers; any other operands go to the built-in's own rule for evaluated values.
/// </summary>
internal sealed class NumberPairCall(BuiltinEntry entry, CallNode call, Executable left, Executable right,
    NumberOperator op, Func<double, double, Value>? onNumbers, Func<CallContext, Value, Value, Value> otherwise) : Executable
{
    /// <summary>A preparer for calls written with exactly two arguments, computing two numbers with <paramref name="onNumbers"/>.</summary>
    public static CallPreparer For(Func<double, double, Value> onNumbers, Func<CallContext, Value, Value, Value> otherwise) =>
        For(NumberOperator.Custom, onNumbers, otherwise);

    /// <summary>A preparer for calls written with exactly two arguments, computing two numbers inline.</summary>
    public static CallPreparer For(NumberOperator op, Func<CallContext, Value, Value, Value> otherwise) => For(op, null, otherwise);

    private static CallPreparer For(NumberOperator op, Func<double, double, Value>? onNumbers, Func<CallContext, Value, Value, Value> otherwise) =>
        (interpreter, call, entry) => call.Args.Count == 2
            ? new NumberPairCall(entry, call, interpreter.Prepare(call.Args[0]), interpreter.Prepare(call.Args[1]), op, onNumbers, otherwise)
            : null;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var a = left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        if (a is NumberValue x && b is NumberValue y) return OnNumbers(x.Value, y.Value);
        return Otherwise(interpreter, scope, a, b);
    }

    private Value OnNumbers(double x, double y) => op switch
    {
        NumberOperator.Add => NumberValue.Of(x + y),
        NumberOperator.Subtract => NumberValue.Of(x - y),
        NumberOperator.Multiply => NumberValue.Of(x * y),
        NumberOperator.Divide => NumberValue.Of(ArithmeticBuiltins.DivideNumbers(x, y)),
        NumberOperator.Equal => Comparison(x == y, x, y),
        NumberOperator.NotEqual => Comparison(x != y, x, y),
        NumberOperator.Less => Comparison(x < y, x, y),
        NumberOperator.LessOrEqual => Comparison(x <= y, x, y),
        NumberOperator.Greater => Comparison(x > y, x, y),
        NumberOperator.GreaterOrEqual => Comparison(x >= y, x, y),
        _ => onNumbers!(x, y),
    };

    /// <summary>A comparison of numbers: missing when either is missing, else 1 or 0.</summary>
    private static NumberValue Comparison(bool holds, double x, double y) =>
        double.IsNaN(x) || double.IsNaN(y) ? NumberValue.Missing : holds ? NumberValue.One : NumberValue.Zero;

    private Value Otherwise(Interpreter interpreter, Scope scope, Value a, Value b)
    {
        try
        {
            return otherwise(new CallContext(interpreter, call, scope), a, b);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
