using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>An operator call of two operands whose rule for two numbers is a delegate (<c>Modulo</c>).</summary>
internal sealed class CustomNumberPairCall(BuiltinEntry entry, CallNode call, Executable left, Executable right,
    Func<double, double, Value> onNumbers, Func<CallContext, Value, Value, Value> otherwise) : NumberPairCall(entry, call, left, otherwise)
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var a = Left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        if (a is NumberValue x && b is NumberValue y) return onNumbers(x.Value, y.Value);
        return Otherwise(interpreter, scope, a, b);
    }
}
