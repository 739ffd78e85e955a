using Jsl.Runtime.Errors;
using Jsl.Runtime.Descriptors;
using Jsl.Runtime.Output;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// Evaluates JSL trees. One interpreter holds one run's state: globals, named namespaces, the
/// built-in table, the log, and pending control flow. Not thread-safe: all evaluation, including
/// background callbacks, happens on the script's own thread.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>Creates an interpreter over a built-in table and a log.</summary>
    public Interpreter(BuiltinTable builtins, Log log)
    {
        Builtins = builtins;
        Log = log;
        Globals = new NamespaceValue("Global");
        State = new RunState(this);
        _budget = State.Budget;
    }

    /// <summary><see cref="RunState.Budget"/>, read on every call and loop step without going through <see cref="State"/>.</summary>
    private readonly StepBudget _budget;

    /// <summary>The built-in functions.</summary>
    public BuiltinTable Builtins { get; }

    /// <summary>The script's log.</summary>
    public Log Log { get; }

    /// <summary>Global variables (<c>::x</c>; unscoped names without <c>Names Default To Here</c>).</summary>
    public NamespaceValue Globals { get; }

    /// <summary>Namespaces made with <c>New Namespace</c>, by name.</summary>
    public NamespaceRegistry Namespaces { get; } = new();

    /// <summary>The run's state besides its variables: event loop, sockets, files, random numbers, schedules.</summary>
    internal RunState State { get; }

    /// <summary>Where display-only functions (<c>Caption</c>, <c>Status Msg</c>) and callback errors are reported; stderr by default.</summary>
    public TextWriter Diagnostics { get; set; } = Console.Error;

    internal ControlSignal Signal;
    /// <summary>The value of a pending <c>Return</c>: set with <see cref="Signal"/> = Return, and meaningful only then.</summary>
    internal Value? ReturnValue;

    /// <summary>Evaluates <paramref name="node"/> in <paramref name="scope"/>.</summary>
    public Value Eval(Node node, Scope scope)
    {
        try
        {
            // Only Prepare fills the slot, always with an executable: the cast needs no check (a
            // checked one walks the executable's base classes on every evaluation).
            var prepared = node.Prepared;
            if (prepared is not null) return System.Runtime.CompilerServices.Unsafe.As<Executable>(prepared).Run(this, scope);
            return Prepare(node).Run(this, scope);
        }
        catch (InsufficientExecutionStackException)
        {
            // A recursion over a value ran out of stack in a prepared form that does not report it
            // itself (DepthGuard.EnterValue): the depth error at the innermost node evaluated here.
            throw DepthGuard.TooDeep(node);
        }
    }

    /// <summary>Evaluates a node kind that has no executable of its own (literals built at run time).</summary>
    internal Value EvalUnprepared(Node node, Scope scope)
    {
        switch (node)
        {
            case CallNode call:
                return EvalCall(call, scope);
            case NameNode name:
                return EvalName(name, scope);
            case NumberNode number:
                return NumberValue.Of(number.Value);
            case StringNode text:
                return new StringValue(text.Value);
            case ValueNode constant:
                return constant.Value.CopyForAssignment();
            case MatrixNode matrix:
                return new MatrixValue(matrix.Rows, matrix.Columns, [.. matrix.Values]);
            case AssociativeArrayNode literal:
                return EvalAssociativeArrayLiteral(literal, scope);
            case ErrorExpressionNode error:
                // Decision: an item of exception_msg is data; evaluating it (through a variable
                // that holds it) gives the item itself, so Char(err) is its message.
                return new ExpressionValue(error);
            default:
                throw new JslRuntimeError("Unknown expression", node);
        }
    }

    /// <summary>Evaluates a whole script body at top level: pending Break/Continue/Return stop it quietly.</summary>
    public Value EvalTopLevel(Node node, Scope scope)
    {
        try
        {
            return Eval(node, scope);
        }
        finally
        {
            Signal = ControlSignal.None;
        }
    }

    /// <summary>A call by the general route: a built-in's body, else a user function looked up now.</summary>
    private Value EvalCall(CallNode call, Scope scope)
    {
        DepthGuard.Enter(call);
        if (call.HeadIsString) return StringHeadedValue(call);
        if (call.Qualifier is not null) return CallQualified(call, null, scope);
        var found = Builtins.Find(call.Head);
        if (found is not null) return CallBuiltin(found, call, scope);
        return CallableStored(LookupUnqualified(call.Head, scope), scope) switch
        {
            FunctionValue { OwnerClass: not null } method when scope.This is { } self => InvokeMethod(self, method, call, scope),
            FunctionValue function => Invoke(function, call, scope),
            _ => throw UnresolvedCall(call),
        };
    }

    /// <summary>
    /// The error for a call that is neither a built-in nor a function: a JMP function jsl does not
    /// provide says so (language.md §6a.5); any other name is unresolved, as in JMP.
    /// </summary>
    internal JslRuntimeError UnresolvedCall(CallNode call) =>
        call.Qualifier is null && !call.HeadIsString && Builtins.UnavailableName(call.Head) is string known
            ? new JslRuntimeError($"{known} is not available in jsl", call)
            : new JslRuntimeError($"Name Unresolved: {call.HeadText}", call);

    /// <summary>
    /// Runs a built-in. A .NET exception escaping one is a bug of ours or an input we did not
    /// foresee; it becomes a JSL error at the call instead of crashing the run.
    /// </summary>
    internal Value CallBuiltin(BuiltinEntry entry, CallNode call, Scope scope)
    {
        entry.Signature?.Check(call);
        try
        {
            return entry.Body(new CallContext(this, call, scope));
        }
        catch (Exception e) when (IsBuiltinFailure(e))
        {
            throw BuiltinFailure(entry, e, call);
        }
    }

    /// <summary>
    /// True for a .NET exception that a built-in let escape (not a JSL error). Running out of
    /// memory is one: the value that could not be made is garbage now, so the run can report it at
    /// the call and go on (or a <c>Try</c> can catch it); so is a stack running out inside it.
    /// </summary>
    internal static bool IsBuiltinFailure(Exception e) => e is not JslException;

    /// <summary>
    /// The JSL error reported for a .NET exception escaping a built-in. A stack running out inside
    /// it (a recursion over a value, see <see cref="DepthGuard.EnterValue"/>, or .NET's own guard in
    /// Regex and the like) is the depth error at this call; running out of memory is "Out of memory".
    /// </summary>
    internal static JslRuntimeError BuiltinFailure(BuiltinEntry entry, Exception e, CallNode call) => e switch
    {
        InsufficientExecutionStackException => DepthGuard.TooDeep(call),
        // Before memory: the framework-dependent runtime reports a thread it could not start for
        // want of a descriptor as OutOfMemoryException (issue 8).
        _ when DescriptorExhaustion.Explains(e) => new(DescriptorExhaustion.Message(entry.DisplayName), call),
        OutOfMemoryException => OutOfMemory(call),
        _ => new($"{entry.DisplayName}: {e.Message}", call),
    };

    /// <summary>The JSL error for a value too large for the memory there is (beyond what <see cref="ResourceLimits"/> caught).</summary>
    internal static JslRuntimeError OutOfMemory(Node at) => new(OutOfMemoryMessage, at) { Kind = JslDiagnosticKind.Limit };

    /// <summary>The message of <see cref="OutOfMemory"/>.</summary>
    internal const string OutOfMemoryMessage = "Out of memory";

    private Value EvalAssociativeArrayLiteral(AssociativeArrayNode literal, Scope scope)
    {
        var array = new AssociativeArrayValue();
        for (var i = 0; i < literal.Keys.Count; i++)
        {
            var key = Eval(literal.Keys[i], scope);
            array.Entries[key] = Eval(literal.Values[i], scope).CopyForAssignment();
        }
        if (literal.DefaultValue is not null) array.DefaultValue = Eval(literal.DefaultValue, scope);
        return array;
    }
}
