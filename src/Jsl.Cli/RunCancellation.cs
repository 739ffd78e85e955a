using Jsl.Runtime.Output;

namespace Jsl.Cli;

/// <summary>
/// The one way a run of <c>jsl</c> is stopped from outside: <c>--timeout</c>'s timer, SIGINT and
/// SIGTERM all call <see cref="Stop"/>, which cancels the engine's <see cref="Engine.Cancellation"/>
/// token. The engine then closes every socket (a blocked <c>Recv</c>, <c>Accept</c>,
/// <c>Connect</c> or <c>Send</c> returns), its step check stops a busy loop or callback, and
/// <c>Wait</c> and the idle loop end; the script's thread unwinds and <see cref="ScriptRunner"/>
/// returns the stop's status.
/// </summary>
/// <remarks>
/// stdout and stderr are sealed before the token fires: what the script's thread says as the
/// sockets close under it (a status, its error report) is not the user's business (issue 8: a
/// stray "Send: Value cannot be null" before the exit). Should the script's thread be stuck where
/// nothing looks at the token (a read of a terminal, a long native call), a watchdog exits the
/// process after <see cref="GracePeriod"/> with the same status.
/// </remarks>
internal sealed class RunCancellation(TextWriterLogSink sink, SealableWriter output, SealableWriter errors) : IDisposable
{
    /// <summary>How long the script's thread has to unwind after a stop before the process exits anyway.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(2);

    /// <summary>What <see cref="status"/> holds once the run ended by itself: later stops are ignored.</summary>
    private const int Ended = -1;

    private readonly CancellationTokenSource source = new();
    private Timer? timeout;
    private Timer? watchdog;
    // 0 while running; the exit status of the first stop; Ended once the run ended by itself.
    private int status;

    /// <summary>The token the engine watches.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>Arms <c>--timeout</c>: after <paramref name="duration"/>, a stop with status 124 and one line on stderr.</summary>
    public void StopAfter(TimeSpan duration)
    {
        var message = $"jsl: the run timed out after {TimeoutOption.Describe(duration)} s";
        timeout = new Timer(_ => Stop(ExitStatus.TimedOut, message), null, duration, System.Threading.Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Stops the run with <paramref name="exitStatus"/> (the first stop wins; none after the run
    /// ended by itself): the log flushed, stdout and stderr sealed, <paramref name="message"/>
    /// (if any) written to stderr, then the token cancelled. Any thread.
    /// </summary>
    public void Stop(int exitStatus, string? message)
    {
        if (Interlocked.CompareExchange(ref status, exitStatus, 0) != 0) return;
        try
        {
            sink.Finish();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        output.Seal();
        errors.Seal();
        if (message is not null) WriteQuietly(message);
        watchdog = new Timer(_ => Environment.Exit(exitStatus), null, GracePeriod, System.Threading.Timeout.InfiniteTimeSpan);
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended and let go of the token while this stop was on its way: nothing left to stop.
        }
    }

    /// <summary>
    /// The run's thread is done: returns the status of a stop that came first, or 0, in which
    /// case no stop is taken from now on (a timer firing as the script ends changes nothing).
    /// </summary>
    public int Finish()
    {
        var prior = Interlocked.CompareExchange(ref status, Ended, 0);
        return prior == Ended ? 0 : prior;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        timeout?.Dispose();
        watchdog?.Dispose();
        source.Dispose();
    }

    /// <summary>The stop's own line goes past the sealed writer, straight to the process's stderr.</summary>
    private static void WriteQuietly(string message)
    {
        try
        {
            Console.Error.WriteLine(message);
            Console.Error.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}
