using System.Runtime.CompilerServices;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Errors;

/// <summary>
/// The one guard for every recursion that follows a tree or a value (the evaluator, preparation,
/// the printers, equality, hashing, JSON, patterns): it asks the runtime whether the thread still
/// has room on its stack, so a deep script fails with a JSL error on any thread (the CLI's 256 MB
/// script thread, a host's 1 MB thread) instead of aborting the process.
/// </summary>
internal static class DepthGuard
{
    /// <summary>The message of the error a too-deep recursion gives.</summary>
    public const string Message = "Recursion too deep";

    /// <summary>True while the stack has room for another level.</summary>
    public static bool HasRoom => RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>
    /// The complement of the deepest stack address (stacks grow down) at which this thread's
    /// runtime check found room; 0 while none has been made. Room at an address means room at
    /// every shallower one, so a level at or above it needs no check: a recursion asks the
    /// runtime once per new depth instead of on every call.
    /// </summary>
    [ThreadStatic]
    private static nuint t_checkedComplement;

    /// <summary>Before one more level of recursion over the tree: a positioned JSL error at <paramref name="node"/> when the stack is nearly spent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Enter(Node node)
    {
        byte marker;
        var here = (nuint)(&marker);
        // here >= deepest checked, written on complements so that 0 (nothing checked yet) fails it.
        if (~here > t_checkedComplement) EnterChecking(node, here);
    }

    private static void EnterChecking(Node node, nuint here)
    {
        if (!HasRoom) throw TooDeep(node);
        t_checkedComplement = ~here;
    }

    /// <summary>The depth error at <paramref name="node"/> (a limit, for a host's diagnostics).</summary>
    public static JslRuntimeError TooDeep(Node? node) => new(Message, node) { Kind = JslDiagnosticKind.Limit };

    /// <summary>
    /// Before one more level of recursion over a value, where no node is at hand: throws
    /// <see cref="InsufficientExecutionStackException"/>, which the built-in call that is running
    /// turns into the JSL error at its own position (<see cref="Evaluation.Interpreter.BuiltinFailure"/>).
    /// </summary>
    public static void EnterValue() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
