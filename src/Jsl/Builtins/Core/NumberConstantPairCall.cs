using Jsl.Builtins.Control;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
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
    : NumberPairCall(entry, call, left, otherwise) where TRule : struct, INumberPairRule
{
    private readonly NumberOperand _left = new(left);
    private readonly double _right = right.Value;

    // Why two paths: a left operand that is not arithmetic itself (n - 1, the common case) runs
    // as plainly as it can, with no hand-over through out parameters; measured on fib( n - 1 ) +
    // fib( n - 2 ), the shared path cost recursion about 20% of its time.
    private readonly bool _plain = left is not INumberProducer;

    // A left operand that is a name (n - 1, n < 2, i <= 1000) is read here first when it is the
    // frame's first local or a script variable with a remembered cell: no call to the name's executable.
    private readonly NameRead? _leftName = left as NameRead;

    // Run and RunCondition answer a first local's number and hand everything else to a method of
    // its own: with no call but one in tail position left, they need no frame of their own.
    public override Value Run(Interpreter interpreter, Scope scope) =>
        NameRead.TryReadNumberValue(_leftName, scope, out var local) ? ApplyToLeft(local) : RunOperand(interpreter, scope);

    // n - 1 and i + 1 add a whole number: a shared integer's result is found by its position.
    // Not for -0: x + -0 keeps the sign of x = -0, which adding a whole 0 would lose.
    private readonly bool _steps = TRule.WholeStep != 0 && Math.Abs(right.Value) <= NumberValue.PlusRange
        && right.Value == Math.Floor(right.Value) && !(right.Value == 0 && double.IsNegative(right.Value));

    private readonly int _wholeStep = TRule.WholeStep * (int)Math.Clamp(right.Value, -NumberValue.PlusRange, NumberValue.PlusRange);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Value ApplyToLeft(NumberValue left) =>
        TRule.WholeStep != 0 && _steps ? NumberValue.Plus(left, _wholeStep) : TRule.Apply(left.Value, _right);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Value RunOperand(Interpreter interpreter, Scope scope)
    {
        if (!_plain) return NumberOperand.RunToValue(this, interpreter, scope);
        var a = Left.Run(interpreter, scope);
        if (a is NumberValue x) return ApplyToLeft(x);
        return Otherwise(interpreter, scope, a, right);
    }

    public override double RunCondition(Interpreter interpreter, Scope scope, CallNode at) =>
        NameRead.TryReadNumber(_leftName, scope, out var local) ? TRule.Compute(local, _right) : RunOperandCondition(interpreter, scope, at);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private double RunOperandCondition(Interpreter interpreter, Scope scope, CallNode at)
    {
        if (!_plain) return ConditionOf(this, interpreter, scope, at);
        var a = Left.Run(interpreter, scope);
        if (a is NumberValue x) return TRule.Compute(x.Value, _right);
        return Conditions.Truth(Otherwise(interpreter, scope, a, right), at);
    }

    public override Executable? PrepareIf(CallNode ifCall, Executable then, Executable? otherwise) =>
        _leftName is { } name ? new IfNameComparisonCall<TRule>(ifCall, this, name, _right, then, otherwise) : null;

    public override Executable? PrepareFor(CallNode forCall, Executable init, Executable increment, Executable? body, Jsl.Syntax.Symbol counter, double delta) =>
        ReferenceEquals(_leftName?.Name.Symbol, counter) ? new CountedForCall<TRule>(forCall, init, this, increment, body, counter, null, _right, delta) : null;

    public override bool RunNumber(Interpreter interpreter, Scope scope, out double number, out Value? value)
    {
        if (NameRead.TryReadNumber(_leftName, scope, out var local))
        {
            number = TRule.Compute(local, _right);
            value = null;
            return true;
        }
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
