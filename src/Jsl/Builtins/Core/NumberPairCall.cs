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
    Func<double, double, Value> onNumbers, Func<CallContext, Value, Value, Value> otherwise) : Executable
{
    /// <summary>A preparer for calls written with exactly two arguments.</summary>
    public static CallPreparer For(Func<double, double, Value> onNumbers, Func<CallContext, Value, Value, Value> otherwise) =>
        (interpreter, call, entry) => call.Args.Count == 2
            ? new NumberPairCall(entry, call, interpreter.Prepare(call.Args[0]), interpreter.Prepare(call.Args[1]), onNumbers, otherwise)
            : null;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var a = left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        if (a is NumberValue x && b is NumberValue y) return onNumbers(x.Value, y.Value);
        return Otherwise(interpreter, scope, a, b);
    }

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
