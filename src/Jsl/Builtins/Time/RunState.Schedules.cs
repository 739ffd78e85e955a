using Jsl.Builtins.Time;

// The schedule built-ins' part of the run state, declared beside them.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private PendingSchedules? schedules;

    /// <summary>The schedules not yet run, so that <c>Clear Schedule()</c> can cancel them.</summary>
    public PendingSchedules Schedules => schedules ??= new PendingSchedules();
}
