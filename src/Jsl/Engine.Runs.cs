namespace Jsl;

/// <summary>One run at a time: the guard against a host function (or another thread) running a script inside a run.</summary>
public sealed partial class Engine
{
    private int _running;

    /// <summary>
    /// Marks a run as started until the result is disposed. Decision: a second run while one is
    /// going (a host function calling <see cref="Evaluate"/>, another thread) is refused with an
    /// <see cref="InvalidOperationException"/>, which inside a host function becomes a JSL error
    /// at its call: a nested run would restart the step budget and share the running script's state.
    /// </summary>
    private RunScope BeginRun()
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("The engine is already running a script; run scripts one after another (a host function must not run scripts on its own engine).");
        }
        return new RunScope(this);
    }

    /// <summary>Ends the run <see cref="BeginRun"/> started.</summary>
    private readonly struct RunScope(Engine engine) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref engine._running, 0);
    }
}
