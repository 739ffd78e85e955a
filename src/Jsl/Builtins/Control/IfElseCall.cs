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
    /// <summary>
    /// The prepared form of <c>If(cond, then)</c> or <c>If(cond, then, else)</c>: a comparison of a
    /// name with a written number (<c>n &lt; 2</c>) is compiled into the If itself.
    /// </summary>
    public static Executable For(CallNode call, Executable condition, Executable then, Executable? otherwise) =>
        (condition as NumberPairCall)?.PrepareIf(call, then, otherwise) ?? new IfElseCall(call, condition, then, otherwise);

    // A comparison or arithmetic condition (n < 2) gives its truth as a double, making no value.
    private readonly NumberPairCall? _numeric = condition as NumberPairCall;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var truth = _numeric is { } numeric ? numeric.RunCondition(interpreter, scope, call) : Conditions.Truth(condition.Run(interpreter, scope), call);
        return Branch(interpreter, scope, truth, then, otherwise);
    }

    /// <summary>
    /// What If does once its condition ran to <paramref name="truth"/>: nothing (empty) when the
    /// condition left a Return, Break or Continue pending; missing for a missing condition, and for
    /// a false one without an else.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Value Branch(Interpreter interpreter, Scope scope, double truth, Executable then, Executable? otherwise)
    {
        if (interpreter.Signal != ControlSignal.None) return EmptyValue.Instance;
        if (double.IsNaN(truth)) return NumberValue.Missing;
        if (truth != 0) return then.Run(interpreter, scope);
        return otherwise is null ? NumberValue.Missing : otherwise.Run(interpreter, scope);
    }
}
