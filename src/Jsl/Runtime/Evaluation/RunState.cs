using Jsl.Runtime.Errors;
using Jsl.Runtime.Scheduling;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// What one run (one interpreter) keeps besides its variables, as typed fields: the event loop
/// background work is posted to, the count of background errors, and the state each facility adds
/// in its own partial file beside its code (sockets in <c>Sockets/</c>, files, random numbers and
/// schedules in their <c>Builtins/</c> folders; a class registry would go beside the classes).
/// </summary>
/// <remarks>
/// Decision: one partial class split by facility instead of a dictionary keyed by type: every
/// field has its type, no cast at the use, and the runtime's own files still never name a type of
/// a higher layer (each layer adds its field in its own folder).
/// </remarks>
internal sealed partial class RunState
{
    /// <summary>Creates the state of one run of <paramref name="interpreter"/>.</summary>
    public RunState(Interpreter interpreter) => BackgroundErrors = new BackgroundErrors(interpreter);

    /// <summary>
    /// The loop background completions and schedules are posted to; the engine sets it, and
    /// <c>Wait</c> pumps it. Null when the host runs no background work (then <c>Wait</c> sleeps).
    /// </summary>
    public EventLoop? Loop { get; set; }

    /// <summary>The loop, made now if the host set none (sockets used by a bare interpreter).</summary>
    public EventLoop EnsureLoop() => Loop ??= new EventLoop();

    /// <summary>Errors of background work, reported and counted.</summary>
    public BackgroundErrors BackgroundErrors { get; }

    /// <summary>The largest strings, lists and matrices the run may build (the host sets them).</summary>
    public ResourceLimits Limits { get; } = new();

    /// <summary>The run's step limit and cancellation, taken at every loop iteration and function call.</summary>
    public StepBudget Budget { get; } = new();
}
