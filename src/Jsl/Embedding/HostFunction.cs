using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl;

/// <summary>
/// A host's .NET function as a JSL built-in: it checks the count of arguments, evaluates them in
/// order, hands the delegate their copies and takes a copy of what it returns (null is
/// <c>Empty()</c>). An exception the delegate throws becomes a JSL error at the call,
/// <c>NAME: message</c>, as for any built-in (<see cref="Interpreter.CallBuiltin"/>), which
/// <c>Try</c> can catch; an <see cref="OperationCanceledException"/> while the run is being
/// cancelled is the cancellation instead.
/// </summary>
internal static class HostFunction
{
    /// <summary>The built-in's category in the engine's table.</summary>
    public const string Category = "Host";

    public static Builtin Body(int minArguments, int maxArguments, Func<IReadOnlyList<JslValue>, JslValue?> function) => c =>
    {
        c.RequireCount(minArguments, maxArguments);
        var arguments = new JslValue[c.Count];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = JslValue.FromEngine(c.Eval(i));
        var budget = c.Interpreter.State.Budget;
        JslValue? result;
        try
        {
            result = function(arguments);
        }
        catch (OperationCanceledException) when (budget.Cancellation.IsCancellationRequested)
        {
            throw StepBudget.Cancelled(c.Call);
        }
        return result?.ToEngine() ?? EmptyValue.Instance;
    };
}
