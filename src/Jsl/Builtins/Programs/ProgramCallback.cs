using Jsl.Runtime.Errors;
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
            interpreter.Invoke(function, [program, parameter], scope, detached: true);
            return true;
        }
        catch (JslStop)
        {
            throw;
        }
        catch (JslException e)
        {
            interpreter.State.BackgroundErrors.Report(e);
            return false;
        }
        catch (Exception e) when (e is not InsufficientExecutionStackException)
        {
            var message = e is OutOfMemoryException ? Interpreter.OutOfMemoryMessage : e.Message;
            interpreter.State.BackgroundErrors.Report($"{origin.Position}: the {role} of Run Program: {message}");
            return false;
        }
        finally
        {
            interpreter.Log.Flush();
        }
    }
}
