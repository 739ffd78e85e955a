using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Sockets.Objects;

/// <summary>
/// The callback of a background operation: a function, or a function's name looked up at each
/// call in the scope where the message was sent (spec §4: functions defined later and
/// <c>Names Default To Here(1)</c> scripts work).
/// </summary>
internal sealed class BackgroundCallback(SocketRuntime runtime, Value target, Scope scope, CallNode origin, SourcePosition tracePosition)
{
    /// <summary>The name traces show. Decision: a function value, which has no name, shows as <c>Function</c>.</summary>
    public string Name => target is StringValue name ? name.Value : "Function";

    /// <summary>
    /// Calls the callback with <paramref name="result"/> and the socket appended. Returns false
    /// when the callback raised a JSL error, which is reported on the diagnostics writer with its
    /// position and counted (the run's exit status becomes 1). <c>Stop()</c> propagates: it ends
    /// the whole run.
    /// </summary>
    public bool Invoke(SocketValue socket, ListValue result)
    {
        result.Items.Add(socket);
        runtime.Trace?.Callback(tracePosition, socket.Id, Name, result);
        var interpreter = runtime.Interpreter;
        try
        {
            interpreter.Invoke(Resolve(), [result], scope, detached: true);
            return true;
        }
        catch (JslStop)
        {
            throw;
        }
        catch (JslException e)
        {
            runtime.Interpreter.State.BackgroundErrors.Report(e);
            return false;
        }
        catch (Exception e) when (e is not InsufficientExecutionStackException)
        {
            // Never a raw .NET exception for the user: an error of ours (or memory run out outside
            // any built-in), reported like a JSL one.
            var message = Runtime.Descriptors.DescriptorExhaustion.Explains(e) ? Runtime.Descriptors.DescriptorExhaustion.Sentence
                : e is OutOfMemoryException ? Runtime.Evaluation.Interpreter.OutOfMemoryMessage
                : e.Message;
            runtime.Interpreter.State.BackgroundErrors.Report($"{origin.Position}: callback {Name}: {message}");
            return false;
        }
        finally
        {
            interpreter.Log.Flush();
        }
    }

    private FunctionValue Resolve() => target switch
    {
        FunctionValue function => function,
        StringValue name => runtime.Interpreter.LookupUnqualified(Symbol.Intern(name.Value), scope) as FunctionValue
            ?? throw new JslRuntimeError($"Name Unresolved: {name.Value} (the callback of a background socket operation is not a function)", origin),
        _ => throw new JslRuntimeError("the callback is not a function", origin),
    };
}
