using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>
/// <c>If(cond, then)</c> and <c>If(cond, then, else)</c> prepared: the commonest shapes of
/// <see cref="IfCall"/>, with the same rules and no loop over condition pairs (a missing condition
/// makes If missing; a false one with no else too).
/// </summary>
internal sealed class IfElseCall(CallNode call, Executable condition, Executable then, Executable? otherwise) : Executable
{
    // A comparison or arithmetic condition (n < 2) gives its truth as a double, making no value.
    private readonly NumberPairCall? _numeric = condition as NumberPairCall;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var truth = _numeric is { } numeric ? numeric.RunCondition(interpreter, scope, call) : Conditions.Truth(condition.Run(interpreter, scope), call);
        if (interpreter.Signal != ControlSignal.None) return EmptyValue.Instance;
        if (double.IsNaN(truth)) return NumberValue.Missing;
        if (truth != 0) return then.Run(interpreter, scope);
        return otherwise is null ? NumberValue.Missing : otherwise.Run(interpreter, scope);
    }
}
