using Jsl.Runtime.Classes;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

internal sealed partial class Interpreter
{
    /// <summary>Calls a user function from script code: arguments are evaluated in the caller's scope.</summary>
    private Value Invoke(FunctionValue function, CallNode call, Scope callerScope) =>
        Bind(function, call, callerScope, callerScope.NewFunctionFrame(function));

    /// <summary>Calls a method on <paramref name="self"/> with the arguments written in <paramref name="call"/> (a message, a qualified call).</summary>
    internal Value InvokeMethod(ClassObject self, FunctionValue method, CallNode call, Scope callerScope) =>
        Bind(method, call, callerScope, callerScope.NewMethodFrame(method, self));

    /// <summary>Calls a method on <paramref name="self"/> from a prepared call, in a frame from the pool.</summary>
    internal Value InvokeMethod(ClassObject self, FunctionValue method, CallNode call, Executable[] args, Scope callerScope) =>
        InvokePrepared(method, self, true, call, args, callerScope);

    /// <summary>Calls a method on <paramref name="self"/> with values already evaluated (<c>_init_</c>, <c>_show_</c>).</summary>
    public Value InvokeMethod(ClassObject self, FunctionValue method, IReadOnlyList<Value> args, Scope callerScope) =>
        Bind(method, args, callerScope.NewMethodFrame(method, self));

    private Value Bind(FunctionValue function, CallNode call, Scope callerScope, Scope frame)
    {
        var args = call.Args;
        CheckArgumentCount(function, args.Count, call);
        var locals = frame.Locals!;
        for (var i = 0; i < args.Count; i++)
        {
            locals.Set(function.Parameters[i], Eval(args[i], callerScope).CopyForAssignment());
        }
        return RunBody(function, frame, args.Count);
    }

    /// <summary>Calls a user function from a prepared call, in a frame from the pool: arguments are evaluated in the caller's scope.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Value Invoke(FunctionValue function, CallNode call, Executable[] args, Scope callerScope) =>
        InvokePrepared(function, null, function.DefaultLocal, call, args, callerScope);

    /// <summary>The frames of returned prepared calls, for the next ones.</summary>
    private readonly FramePool _frames = new();

    /// <summary>
    /// A prepared call of a function or method: what <see cref="Bind(FunctionValue, CallNode, Scope, Scope)"/>
    /// and <see cref="RunBody"/> do, written out in one method because prepared calls are the
    /// ones run millions of times (a recursion, a loop of calls), each layer of calls costing
    /// about a tenth of a short function's call. The frame comes from the pool and goes back when
    /// the call returns (an error leaves it to the collector). Inlined into its two callers, the
    /// prepared function call's <see cref="Executables.UserCall"/> (through <see cref="Invoke(FunctionValue, CallNode, Executable[], Scope)"/>)
    /// and <see cref="InvokeMethod(ClassObject, FunctionValue, CallNode, Executable[], Scope)"/>:
    /// a recursion then runs one method per level less, without its prologue and its arguments' copying.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Value InvokePrepared(FunctionValue function, ClassObject? self, bool defaultLocal, CallNode call, Executable[] args, Scope callerScope)
    {
        var frame = _frames.Rent(callerScope, function, self, defaultLocal);
        var parameters = function.Parameters;
        CheckArgumentCount(function, args.Length, call);
        // The frame is its own table of locals, empty when rented. One argument, the usual call,
        // is bound straight into the first entry.
        if (args.Length == 1) frame.BindFirstOfEmpty(parameters[0], CopyForAssignment(args[0].Run(this, callerScope)));
        else if (function.HasDistinctNames)
        {
            for (var i = 0; i < args.Length; i++) frame.AddNew(parameters[i], CopyForAssignment(args[i].Run(this, callerScope)));
        }
        else
        {
            for (var i = 0; i < args.Length; i++) frame.Set(parameters[i], CopyForAssignment(args[i].Run(this, callerScope)));
        }
        var body = function.Body;
        _budget.Step(body);
        if (args.Length != parameters.Length || function.Locals.Length != 0) BindDefaultsAndLocals(function, frame, args.Length);
        // Through a method with the handler Eval has, not its try written out here: with a handler
        // in this method, a runaway recursion on the JIT (the CLI's 256 MB thread, a million
        // levels) took minutes instead of seconds to reach its depth error.
        var result = TakeReturn(RunPreparedBody(function, frame));
        _frames.Return(frame);
        return result;
    }

    /// <summary>
    /// Runs a function's body as <see cref="Eval"/> runs its node, by the executable made for
    /// the function's calls (<see cref="BodyOf"/>), with the same depth error at the body.
    /// </summary>
    private Value RunPreparedBody(FunctionValue function, Scope frame)
    {
        try
        {
            return (function.PreparedBody ?? BodyOf(function)).Run(this, frame);
        }
        catch (InsufficientExecutionStackException)
        {
            throw DepthGuard.TooDeep(function.Body);
        }
    }

    /// <summary>
    /// The executable a prepared call of <paramref name="function"/> runs for its body: the body
    /// node's own, with what ends it in its tail form (<see cref="Executable.InFunctionTail"/>),
    /// kept in the function once the body is prepared (a method's stays a stand-in until its
    /// first call prepares it, see <see cref="Executables.MethodBodyPreparation"/>).
    /// </summary>
    internal Executable BodyOf(FunctionValue function)
    {
        var prepared = Prepare(function.Body);
        if (prepared is Executables.MethodBodyPreparation) return prepared;
        return function.PreparedBody = prepared.InFunctionTail();
    }

    /// <summary>
    /// Calls a user function with values already evaluated (callbacks, <c>Eval</c> of a function
    /// value); extra arguments beyond its parameters are dropped. A <paramref name="detached"/> call
    /// (a background callback, run from the event loop) sees no caller's locals.
    /// </summary>
    public Value Invoke(FunctionValue function, IReadOnlyList<Value> args, Scope callerScope, bool detached = false) =>
        Bind(function, args, detached ? callerScope.NewDetachedFunctionFrame(function) : callerScope.NewFunctionFrame(function));

    /// <summary>
    /// Calls a background callback with its one argument (spec §4: the result list), detached as
    /// <see cref="Invoke(FunctionValue, IReadOnlyList{Value}, Scope, bool)"/> makes it, with two
    /// savings for a callback run once per message: the argument is handed over, made for this call
    /// and held by no one else, so it is bound without the copy an assignment makes; and the frame
    /// of the last callback is used again when that call returned normally, was of the same
    /// function from the same script, and no built-in was given the frame.
    /// </summary>
    internal Value InvokeCallback(FunctionValue function, Value handedOver, Scope callerScope)
    {
        var frame = _callbackFrame is { } free && ReferenceEquals(free.Function, function) && free.IsReusableDetached()
            && ReferenceEquals(free.ScriptPath, callerScope.ScriptPath)
            ? free
            : callerScope.NewDetachedFunctionFrame(function);
        // Taken while it runs: a callback run from inside this one (a host driving the loop) makes its own.
        _callbackFrame = null;
        var bound = Math.Min(1, function.Parameters.Length);
        if (bound == 1) frame.Locals!.Set(function.Parameters[0], handedOver);
        var result = RunBody(function, frame, bound);
        if (frame.TryFreeDetached()) _callbackFrame = frame;
        return result;
    }

    // One frame for all callbacks, not one per armed operation: a server's ten thousand
    // connections that each had data keep no frame each.
    private Scope? _callbackFrame;

    private Value Bind(FunctionValue function, IReadOnlyList<Value> args, Scope frame)
    {
        var locals = frame.Locals!;
        var count = Math.Min(args.Count, function.Parameters.Length);
        for (var i = 0; i < count; i++) locals.Set(function.Parameters[i], args[i].CopyForAssignment());
        return RunBody(function, frame, count);
    }

    /// <summary>
    /// A call written in the script gives at most one argument per parameter and one for every
    /// parameter without a default: the Scripting Guide's <c>Function( {x, y, z} )</c> has "all
    /// arguments required". Decision: too few is the error "not enough arguments", worded as JMP's
    /// "too many arguments"; calls with values already evaluated (callbacks) fill what is missing.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void CheckArgumentCount(FunctionValue function, int given, CallNode call)
    {
        // Inlined into every call: one argument per parameter, the usual call, needs no more.
        if (given != function.Parameters.Length) CheckFewerArguments(function, given, call);
    }

    private static void CheckFewerArguments(FunctionValue function, int given, CallNode call)
    {
        if (given > function.Parameters.Length) throw new JslRuntimeError("too many arguments", call);
        var required = function.RequiredCount;
        if (given >= required) return;
        // Decision: JMP's wording is not documented; the message names the function as called
        // (local:f, obj:m) and how many arguments it needs.
        var name = Formatting.ExpressionPrinter.Print(call.WithArgs([]));
        if (name.EndsWith("()", StringComparison.Ordinal)) name = name[..^2];
        throw new JslRuntimeError($"not enough arguments: {name} needs {required}, was given {given}", call);
    }

    private Value RunBody(FunctionValue function, Scope frame, int bound)
    {
        _budget.Step(function.Body);
        if (bound != function.Parameters.Length || function.Locals.Length != 0) BindDefaultsAndLocals(function, frame, bound);
        return TakeReturn(Eval(function.Body, frame));
    }

    /// <summary>The value of a function's call whose body gave <paramref name="result"/>: a pending Return's value instead, and the signal cleared.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Value TakeReturn(Value result)
    {
        if (Signal == ControlSignal.None) return result;
        if (Signal == ControlSignal.Return)
        {
            result = ReturnValue!;
            // Dropped so that it is not kept alive; a null needs no write barrier.
            ReturnValue = null;
        }
        Signal = ControlSignal.None;
        return result;
    }

    /// <summary>The parameters a call left out take their defaults, and the declared locals their initial values.</summary>
    private void BindDefaultsAndLocals(FunctionValue function, Scope frame, int bound)
    {
        for (var i = bound; i < function.Parameters.Length; i++)
        {
            var initial = function.Defaults[i];
            frame.Set(function.Parameters[i], initial is null ? EmptyValue.Instance : Eval(initial, frame).CopyForAssignment());
        }
        for (var i = 0; i < function.Locals.Length; i++)
        {
            var initial = function.LocalInitialisers[i];
            frame.Set(function.Locals[i], initial is null ? EmptyValue.Instance : Eval(initial, frame).CopyForAssignment());
        }
    }

    /// <summary>
    /// <see cref="Value.CopyForAssignment"/> without its virtual call for a number, the usual
    /// argument (numbers are immutable and copy as themselves).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Value CopyForAssignment(Value value) => value is NumberValue ? value : value.CopyForAssignment();
}
