using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>a || b || ...</c> prepared: the operands run in order, as the built-in's fold evaluates them,
/// and two strings are joined directly; any other pair goes to <see cref="Concatenation.Concat"/>.
/// Building keys (<c>"k" || Char( i )</c>) is the hot case, which the general call's context and
/// per-operand lookups of the prepared argument made several times dearer than the join itself.
/// </summary>
internal sealed class ConcatCall(BuiltinEntry entry, CallNode call, Executable[] operands) : Executable
{
    /// <summary>Prepares calls written with at least two operands, none left empty.</summary>
    public static Executable? Prepare(Interpreter interpreter, CallNode call, BuiltinEntry entry) =>
        call.Args.Count >= 2 && !call.Args.Any(static a => a is CallNode { Args.Count: 0 } e && ReferenceEquals(e.Head, Heads.Empty))
            ? new ConcatCall(entry, call, interpreter.PrepareArgs(call))
            : null;

    // "k" || Char( i ): the digits written into the join itself.
    private readonly Output.CharCall? _charLast = operands.Length == 2 ? operands[1] as Output.CharCall : null;

    /// <summary>True when the call joins exactly two operands (<c>a || b</c>), the form <see cref="JoinOnto"/> takes.</summary>
    public bool IsPair => operands.Length == 2;

    /// <summary><paramref name="operand"/> when it is a join of two pieces (<c>a || b</c>), else null.</summary>
    public static ConcatCall? AsPair(Executable operand) => operand is ConcatCall { IsPair: true } pair ? pair : null;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (_charLast is not null)
        {
            var joined = RunForKey(interpreter, scope);
            return joined as Value ?? new StringValue((string)joined);
        }
        // As in the general call, a .NET failure anywhere in the operands or the join (memory
        // for a long text) is reported as this call's JSL error.
        try
        {
            var result = operands[0].Run(interpreter, scope);
            for (var i = 1; i < operands.Length; i++) result = Join(interpreter, scope, result, operands[i].Run(interpreter, scope));
            return result;
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }

    /// <summary>
    /// For <c>s ||= a || b</c> (a pair, <see cref="IsPair"/>): runs the two operands and, when both are
    /// strings, joins them onto <paramref name="left"/> in one step, the lengths checked as the two
    /// joins would check them (this call's at this call, the whole at <paramref name="at"/>), and
    /// <paramref name="joined"/> is true. Otherwise this call's own result, and false.
    /// </summary>
    public Value JoinOnto(Interpreter interpreter, Scope scope, StringValue left, Node at, out bool joined)
    {
        try
        {
            var first = operands[0].Run(interpreter, scope);
            var second = operands[1].Run(interpreter, scope);
            if (first is StringValue x && second is StringValue y)
            {
                var limits = interpreter.State.Limits;
                limits.CheckString((long)x.Length + y.Length, call);
                limits.CheckString((long)left.Length + x.Length + y.Length, at);
                joined = true;
                return StringValue.Concat(left, x, y);
            }
            joined = false;
            return Join(interpreter, scope, first, second);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }

    /// <summary>
    /// For a key (<c>aa["k" || Char( i )]</c>): this call's result, as the bare text when it joins two
    /// strings, so that a lookup or an insert by it makes no string value that it would drop at once;
    /// any other result as its value.
    /// </summary>
    public object RunForKey(Interpreter interpreter, Scope scope)
    {
        if (operands.Length != 2) return Run(interpreter, scope);
        try
        {
            var first = operands[0].Run(interpreter, scope);
            Value second;
            if (_charLast is null) second = operands[1].Run(interpreter, scope);
            else
            {
                var isNumber = _charLast.RunArgument(interpreter, scope, out var number, out var argument);
                // A date's text is not its digits; a number made only as a double is never a date.
                if (isNumber && argument is not NumberValue { IsDate: true } && first is StringValue start && StringValue.JoinedText(start, number) is { } withDigits)
                {
                    interpreter.State.Limits.CheckString(withDigits.Length, call);
                    return withDigits;
                }
                second = _charLast.TextOf(NumberOperand.AsValue(argument, number));
            }
            if (first is StringValue x && second is StringValue y && StringValue.JoinedText(x, y) is { } text)
            {
                interpreter.State.Limits.CheckString(text.Length, call);
                return text;
            }
            return Join(interpreter, scope, first, second);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }

    private Value Join(Interpreter interpreter, Scope scope, Value result, Value next) =>
        result is StringValue x && next is StringValue y
            ? Concatenation.ConcatStrings(interpreter.State.Limits, call, x, y)
            : Concatenation.Concat(new CallContext(interpreter, call, scope), result, next);
}
