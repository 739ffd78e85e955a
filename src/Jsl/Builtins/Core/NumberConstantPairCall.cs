using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// An operator call whose right operand is a written number (<c>n - 1</c>, <c>i &lt;= 1000</c>): the
/// number is kept as a double, and only the left operand runs.
/// </summary>
internal sealed class NumberConstantPairCall<TRule>(BuiltinEntry entry, CallNode call, Executable left, NumberValue right, Func<CallContext, Value, Value, Value> otherwise)
    : NumberPairCall(entry, call, left, otherwise) where TRule : struct, INumberPairRule
{
    private readonly double _right = right.Value;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var a = Left.Run(interpreter, scope);
        if (a is NumberValue x) return TRule.Apply(x.Value, _right);
        return Otherwise(interpreter, scope, a, right);
    }
}
