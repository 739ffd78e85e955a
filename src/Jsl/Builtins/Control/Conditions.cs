using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>What the prepared control-flow calls share: a condition's truth and one loop-body step.</summary>
internal static class Conditions
{
    /// <summary>A condition's truth: the number (NaN for missing); a one-element matrix counts as its element; anything else is an error at <paramref name="call"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double Truth(Value value, CallNode call) => value is NumberValue n ? n.Value : TruthOfOther(value, call);

    // Apart from Truth, so that the number case, every loop step's, inlines into the loops.
    private static double TruthOfOther(Value value, CallNode call) => value switch
    {
        MatrixValue m when m.Data.Length == 1 => m.Data[0],
        _ => throw new JslRuntimeError($"condition must be a number, found {value.TypeName}", call),
    };

    /// <summary>
    /// A condition's truth for <c>IfMZ</c>, which treats a missing condition as zero. Decision: a
    /// matrix of several elements is zero here too, not an error (jsl-hamcrest's ordering matchers,
    /// whose tests pass in JMP, pass <c>Is Missing( [1 2 3] )</c> and <c>[1 2 3] == 1</c> to IfMZ and
    /// expect its later <c>Is Matrix</c> branch to run); a one-element matrix counts as its element.
    /// </summary>
    public static double Truth(Value value, CallNode call, bool missingIsFalse) =>
        missingIsFalse && value is MatrixValue { Data.Length: not 1 } ? 0 : Truth(value, call);

    /// <summary>Runs one loop body; returns false when the loop must end (Break, Return).</summary>
    public static bool RunBody(Interpreter interpreter, Executable body, Scope scope)
    {
        body.Run(interpreter, scope);
        return ContinueAfterBody(interpreter);
    }

    /// <summary>After a loop body ran: consumes a Continue or Break; false when the loop must end (Break, Return).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool ContinueAfterBody(Interpreter interpreter) =>
        // No signal, every ordinary iteration's case, inlines into the loop.
        interpreter.Signal == ControlSignal.None || ConsumeSignal(interpreter);

    private static bool ConsumeSignal(Interpreter interpreter)
    {
        switch (interpreter.Signal)
        {
            case ControlSignal.None:
                return true;
            case ControlSignal.Continue:
                interpreter.Signal = ControlSignal.None;
                return true;
            case ControlSignal.Break:
                interpreter.Signal = ControlSignal.None;
                return false;
            default:
                return false;
        }
    }
}
