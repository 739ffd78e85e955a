using Jsl.Builtins.Control;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// An operator call of two operands whose rule for two numbers is <typeparamref name="TRule"/>,
/// compiled in; operands that are such calls themselves hand their numbers over as doubles.
/// </summary>
internal sealed class NumberPairCall<TRule>(BuiltinEntry entry, CallNode call, Executable left, Executable right, Func<CallContext, Value, Value, Value> otherwise)
    : NumberPairCall(entry, call, left, otherwise) where TRule : struct, INumberPairRule
{
    private readonly NumberOperand _left = new(left);
    private readonly NumberOperand _right = new(right);

    // Why two paths: operands that are not arithmetic themselves (fib( n - 1 ) + fib( n - 2 ))
    // run as plainly as they can, with no hand-over through out parameters (see NumberConstantPairCall).
    private readonly bool _plain = left is not INumberProducer && right is not INumberProducer;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (!_plain) return NumberOperand.RunToValue(this, interpreter, scope);
        var a = Left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        if (a is NumberValue x && b is NumberValue y) return TRule.Apply(x.Value, y.Value);
        return Otherwise(interpreter, scope, a, b);
    }

    public override double RunCondition(Interpreter interpreter, Scope scope, CallNode at)
    {
        if (!_plain) return ConditionOf(this, interpreter, scope, at);
        var a = Left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        if (a is NumberValue x && b is NumberValue y) return TRule.Compute(x.Value, y.Value);
        return Conditions.Truth(Otherwise(interpreter, scope, a, b), at);
    }

    public override bool RunNumber(Interpreter interpreter, Scope scope, out double number, out Value? value)
    {
        var numbers = _left.Run(interpreter, scope, out var x, out var a);
        numbers &= _right.Run(interpreter, scope, out var y, out var b);
        if (numbers)
        {
            number = TRule.Compute(x, y);
            value = null;
            return true;
        }
        value = Otherwise(interpreter, scope, NumberOperand.AsValue(a, x), NumberOperand.AsValue(b, y));
        return NumberOperand.IsNumber(value, out number);
    }
}
