namespace Jsl.Runtime.Scheduling;

/// <summary>
/// What a loop's readiness set calls, on the script's thread and only where callbacks may run
/// (inside <c>Wait</c>, idle, at the REPL's prompt), when the descriptor it watches is readable
/// (or has an error or hang-up to report). It reads without blocking and may find nothing: a
/// readiness report is a hint, not a promise.
/// </summary>
internal interface IReadyHandler
{
    /// <summary>The watched descriptor is readable: read (or accept) once, without blocking.</summary>
    void OnReady();
}
