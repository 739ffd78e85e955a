using System.Runtime.CompilerServices;
using Jsl.Runtime.Errors;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// The hook that makes a run stoppable from outside: every loop iteration, user function call,
/// read of a stored expression and <c>Pat Match</c> step takes one step here. A host can cap the steps (<see cref="Limit"/>) and cancel the run
/// (<see cref="Cancellation"/>); either ends the script with a JSL error at the step's position.
/// </summary>
/// <remarks>
/// The fast path is one increment and one compare; the token and the limit are looked at only every
/// <see cref="CheckInterval"/> steps (and exactly at the limit). Decision: the error is fatal
/// (<c>Try</c> does not catch it) and sticky (every later step fails again), so a script that
/// catches errors in a loop cannot run on past its budget.
/// </remarks>
internal sealed class StepBudget
{
    /// <summary>How many steps pass between two looks at the cancellation token.</summary>
    public const int CheckInterval = 1024;

    /// <summary>The message when the step limit is spent.</summary>
    public static string LimitMessage(long limit) => $"The run exceeded its limit of {limit} steps";

    /// <summary>The message when the host cancelled the run.</summary>
    public const string CancelledMessage = "The run was cancelled";

    private long used;
    private long nextCheck = CheckInterval;
    private long? limit;
    private CancellationToken cancellation;

    /// <summary>The most steps (loop iterations and function calls) a run may take; null for no limit.</summary>
    public long? Limit
    {
        get => limit;
        set
        {
            limit = value;
            Reset();
        }
    }

    /// <summary>When this token is cancelled, the run stops at its next step or <c>Wait</c>.</summary>
    public CancellationToken Cancellation
    {
        get => cancellation;
        set
        {
            cancellation = value;
            Reset();
        }
    }

    /// <summary>Starts counting again from zero (each run of the engine has the whole limit).</summary>
    public void Reset()
    {
        used = 0;
        nextCheck = NextCheck();
    }

    /// <summary>
    /// Makes the very next step look at the token (called from the token's registration, on
    /// whatever thread cancelled): a cancelled run stops at once, not up to
    /// <see cref="CheckInterval"/> steps later.
    /// </summary>
    public void CheckAtNextStep() => Volatile.Write(ref nextCheck, 0);

    /// <summary>One step at <paramref name="at"/>: fails there when the budget is spent or the run was cancelled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Step(Node at)
    {
        if (++used >= nextCheck) Check(at);
    }

    /// <summary>Fails at <paramref name="at"/> when the run was cancelled (a <c>Wait</c> ended early by the token).</summary>
    public void ThrowIfCancelled(Node at)
    {
        if (cancellation.IsCancellationRequested) throw Cancelled(at);
    }

    /// <summary>
    /// Whether <paramref name="error"/> is this run's cancellation (raised by a step or a
    /// <c>Wait</c> once the token fired), which a callback must not report as its own error: it
    /// ends the whole run.
    /// </summary>
    public bool IsCancellation(JslException error) => error is JslRuntimeError { Fatal: true } && cancellation.IsCancellationRequested;

    /// <summary>What a callback throws instead of its cancellation error, so the drain's caller (<c>Wait</c>, the idle loop) ends.</summary>
    public OperationCanceledException Unwinding(JslException error) => new(error.Message, error, cancellation);

    /// <summary>The fatal error for a cancelled run.</summary>
    public static JslRuntimeError Cancelled(Node at) => new(CancelledMessage, at) { Fatal = true, Kind = JslDiagnosticKind.Cancelled };

    private void Check(Node at)
    {
        ThrowIfCancelled(at);
        if (used > limit) throw new JslRuntimeError(LimitMessage(limit.Value), at) { Fatal = true, Kind = JslDiagnosticKind.Limit };
        nextCheck = NextCheck();
    }

    private long NextCheck()
    {
        if (cancellation.IsCancellationRequested) return 0;
        var next = used + CheckInterval;
        // One past the limit exactly, so the step that overspends fails (and every step after it).
        return limit is long cap ? Math.Min(next, cap + 1) : next;
    }
}
