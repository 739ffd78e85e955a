using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// An operator call whose right operand is a written number (<c>n - 1</c>, <c>i &lt;= 1000</c>): the
/// number is kept as a double, and only the left operand runs (as a double, when it is an
/// arithmetic call itself).
/// </summary>
internal sealed class NumberConstantPairCall<TRule>(BuiltinEntry entry, CallNode call, Executable left, NumberValue right, Func<CallContext, Value, Value, Value> otherwise)
    : NumberPairCall(entry, call, left, otherwise), INumberProducer where TRule : struct, INumberPairRule
{
    private readonly NumberOperand _left = new(left);
    private readonly double _right = right.Value;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (_left.Run(interpreter, scope, out var x, out var a)) return TRule.Apply(x, _right);
        return Otherwise(interpreter, scope, a!, right);
    }

    public bool RunNumber(Interpreter interpreter, Scope scope, out double number, out Value? value)
    {
        if (_left.Run(interpreter, scope, out var x, out value))
        {
            number = TRule.Compute(x, _right);
            value = null;
            return true;
        }
        value = Otherwise(interpreter, scope, value!, right);
        return NumberOperand.IsNumber(value, out number);
    }
}
