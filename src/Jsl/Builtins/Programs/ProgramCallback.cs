using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Programs;

/// <summary>
/// A read or write function of <c>Run Program</c>, called from the event loop (on the script's
/// thread, while it sits in <c>Wait</c> or after the main script) with the RP object and the
/// <c>Parameter(...)</c> value, as the Index's <c>Function( {this, optParm}, ... )</c> shows.
/// </summary>
internal sealed class ProgramCallback(Interpreter interpreter, FunctionValue function, Scope scope, CallNode origin, string role)
{
    /// <summary>
    /// Calls the function. Returns false when it raised a JSL error, which is reported on the
    /// diagnostics writer with its position and counted (the run's exit status becomes 1), as a
    /// socket callback's is. <c>Stop()</c> propagates: it ends the whole run.
    /// </summary>
    public bool Invoke(ProgramValue program, Value parameter)
    {
        try
        {
            return interpreter.State.BackgroundErrors.RunCallback(
                () => interpreter.Invoke(function, [program, parameter], scope, detached: true),
                message => $"{origin.Position}: the {role} of Run Program: {message}");
        }
        finally
        {
            interpreter.Log.Flush();
        }
    }
}
