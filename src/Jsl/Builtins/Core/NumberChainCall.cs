using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// An operator call of three or more operands whose built-in folds them left to right with its
/// pair rule (<c>a + b + c</c> is one <c>Add( a, b, c )</c>, as JMP parses it; <c>a * b * c</c> one
/// <c>Multiply</c>): numbers are folded with <typeparamref name="TRule"/> as doubles, and from the
/// first operand that is not a number on, each step is the built-in's own rule for two values, at
/// the whole call, in the order the built-in takes them, so results and errors are the same.
/// </summary>
internal sealed class NumberChainCall<TRule>(BuiltinEntry entry, CallNode call, Executable[] operands, Func<CallContext, Value, Value, Value> otherwise)
    : NumberPairCall(entry, call, operands[0], otherwise) where TRule : struct, INumberPairRule
{
    private readonly NumberOperand[] _operands = Array.ConvertAll(operands, static operand => new NumberOperand(operand));

    public override Value Run(Interpreter interpreter, Scope scope) => NumberOperand.RunToValue(this, interpreter, scope);

    public override double RunCondition(Interpreter interpreter, Scope scope, CallNode at) => ConditionOf(this, interpreter, scope, at);

    public override bool RunNumber(Interpreter interpreter, Scope scope, out double number, out Value? value)
    {
        var operands = _operands;
        if (!operands[0].Run(interpreter, scope, out var sum, out var first)) return RunRest(interpreter, scope, 1, first!, out number, out value);
        for (var i = 1; i < operands.Length; i++)
        {
            if (!operands[i].Run(interpreter, scope, out var next, out var other))
            {
                // The built-in's step gets what its fold holds: the first operand's own value, or the number folded so far.
                var sofar = i == 1 ? NumberOperand.AsValue(first, sum) : NumberValue.Of(sum);
                return RunRest(interpreter, scope, i + 1, Otherwise(interpreter, scope, sofar, other!), out number, out value);
            }
            sum = TRule.Compute(sum, next);
        }
        number = sum;
        value = null;
        return true;
    }

    /// <summary>The steps after the first operand that is not a number: the built-in's rule for two values, one operand at a time.</summary>
    private bool RunRest(Interpreter interpreter, Scope scope, int from, Value sofar, out double number, out Value? value)
    {
        for (var i = from; i < _operands.Length; i++)
        {
            _operands[i].Run(interpreter, scope, out var next, out var other);
            sofar = Otherwise(interpreter, scope, sofar, NumberOperand.AsValue(other, next));
        }
        value = sofar;
        return NumberOperand.IsNumber(sofar, out number);
    }
}
