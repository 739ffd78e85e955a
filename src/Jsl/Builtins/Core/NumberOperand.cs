using System.Runtime.CompilerServices;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>
/// An operand of a prepared arithmetic call, run as a bare double when it is an
/// <see cref="INumberProducer"/> (one type test at preparation, not one per run).
/// </summary>
internal readonly struct NumberOperand(Executable operand)
{
    private readonly Executable _operand = operand;
    // Every producer is a prepared pair call: a virtual call, not an interface's dispatch.
    private readonly NumberPairCall? _producer = operand as NumberPairCall;

    /// <summary>
    /// Runs the operand once, as <see cref="INumberProducer.RunNumber"/>: true with the number (and
    /// its value, or null when it was made only as a double), false with the result that is not one.
    /// </summary>
    // Inlined into every prepared operator: the call and its out parameters through memory cost a
    // fib( n - 1 ) + fib( n - 2 ) about 6% more instructions than the operator's own work.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Run(Interpreter interpreter, Scope scope, out double number, out Value? value)
    {
        if (_producer is not null) return _producer.RunNumber(interpreter, scope, out number, out value);
        value = _operand.Run(interpreter, scope);
        return IsNumber(value, out number);
    }

    /// <summary>True with the number when <paramref name="value"/> is one (a date counts as its number, as in arithmetic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNumber(Value value, out double number)
    {
        if (value is NumberValue n)
        {
            number = n.Value;
            return true;
        }
        number = 0;
        return false;
    }

    /// <summary>
    /// A prepared arithmetic call's result as a value, by its <see cref="INumberProducer.RunNumber"/>:
    /// the calls whose operands are arithmetic themselves run so, and a method of its own keeps the
    /// out parameters' locals out of the plain path of their <c>Run</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Value RunToValue(NumberPairCall call, Interpreter interpreter, Scope scope)
    {
        call.RunNumber(interpreter, scope, out var number, out var value);
        return AsValue(value, number);
    }

    /// <summary>
    /// An operand's result as a value for the built-in's general rule: the value it ran to, or,
    /// when it ran only to a double, the number value it would have made.
    /// </summary>
    public static Value AsValue(Value? value, double number) => value ?? NumberValue.Of(number);
}
