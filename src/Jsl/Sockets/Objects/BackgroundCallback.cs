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
    // Decision: the name is interned once, when the message arms the operation; the function is
    // still looked up at each call (spec §4: a function defined or redefined later is the one
    // called), with the cell where the lookup last found it remembered, as a prepared name read
    // remembers it: the same search, without hashing the name again while the cell is current.
    private readonly Symbol? symbol = target is StringValue text ? Symbol.Intern(text.Value) : null;
    private VariableCell? cell;

    // The delegates a delivery hands to RunCallback, made once per arming rather than per
    // delivery; the list being delivered waits in a field (callbacks are never re-entered).
    private Action? call;
    private Func<string, string>? describe;
    private ListValue? delivering;

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
        // Saved and restored, not cleared: a host that drives a loop from inside a callback would
        // otherwise lose the outer delivery's list.
        var outer = delivering;
        try
        {
            delivering = result;
            return interpreter.State.BackgroundErrors.RunCallback(
                call ??= Call,
                describe ??= message => $"{origin.Position}: callback {Name}: {message}");
        }
        finally
        {
            delivering = outer;
            interpreter.Log.Flush();
        }
    }

    // The list is made for this delivery and dropped after it, so the callback is handed it
    // rather than a copy.
    private void Call() => runtime.Interpreter.InvokeCallback(Resolve(), delivering!, scope);

    private FunctionValue Resolve() => target switch
    {
        FunctionValue function => function,
        StringValue name => runtime.Interpreter.LookupUnqualified(symbol!, scope, ref cell) as FunctionValue
            ?? throw new JslRuntimeError($"Name Unresolved: {name.Value} (the callback of a background socket operation is not a function)", origin),
        _ => throw new JslRuntimeError("the callback is not a function", origin),
    };
}
