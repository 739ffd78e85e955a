using Jsl.Builtins.Control;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// An operator call of two names (<c>i &lt;= n</c>, <c>x * step</c>) whose rule for two numbers is
/// <typeparamref name="TRule"/>: both are read here first when each is the frame's first local or
/// a script variable with a remembered cell (<see cref="NameRead.TryReadNumber"/>), with no call to
/// either; otherwise both run, as <see cref="NumberPairCall{TRule}"/> runs operands that are not
/// arithmetic. A class of its own, so that the other pair calls pay nothing for the names' test.
/// </summary>
internal sealed class NumberNamesPairCall<TRule>(BuiltinEntry entry, CallNode call, NameRead left, NameRead right, Func<CallContext, Value, Value, Value> otherwise)
    : NumberPairCall(entry, call, left, otherwise) where TRule : struct, INumberPairRule
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (NameRead.TryReadNumber(left, scope, out var x) && NameRead.TryReadNumber(right, scope, out var y)) return TRule.Apply(x, y);
        var a = left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        return a is NumberValue p && b is NumberValue q ? TRule.Apply(p.Value, q.Value) : Otherwise(interpreter, scope, a, b);
    }

    public override double RunCondition(Interpreter interpreter, Scope scope, CallNode at)
    {
        if (NameRead.TryReadNumber(left, scope, out var x) && NameRead.TryReadNumber(right, scope, out var y)) return TRule.Compute(x, y);
        var a = left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        return a is NumberValue p && b is NumberValue q ? TRule.Compute(p.Value, q.Value) : Conditions.Truth(Otherwise(interpreter, scope, a, b), at);
    }

    public override bool RunNumber(Interpreter interpreter, Scope scope, out double number, out Value? value)
    {
        if (NameRead.TryReadNumber(left, scope, out var x) && NameRead.TryReadNumber(right, scope, out var y))
        {
            number = TRule.Compute(x, y);
            value = null;
            return true;
        }
        var a = left.Run(interpreter, scope);
        var b = right.Run(interpreter, scope);
        if (a is NumberValue p && b is NumberValue q)
        {
            number = TRule.Compute(p.Value, q.Value);
            value = null;
            return true;
        }
        value = Otherwise(interpreter, scope, a, b);
        return NumberOperand.IsNumber(value, out number);
    }

    public override Executable? PrepareFor(CallNode forCall, Executable init, Executable increment, Executable? body, Jsl.Syntax.Symbol counter, double delta) =>
        ReferenceEquals(left.Name.Symbol, counter) ? new CountedForCall<TRule>(forCall, init, this, increment, body, counter, right.Name.Symbol, 0, delta) : null;
}
