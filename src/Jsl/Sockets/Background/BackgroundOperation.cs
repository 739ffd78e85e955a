using System.Threading.Tasks.Sources;
using Jsl.Runtime.Scheduling;

namespace Jsl.Sockets.Background;

/// <summary>
/// The life of one armed background operation (§4): at most one operating-system wait
/// outstanding; each completion is posted to the <see cref="EventLoop"/> and handed to the
/// consumer on the script's thread; the next wait starts only after the consumer returns.
/// A terminal completion (closed, error, timeout) ends it; <see cref="Dispose"/> cancels it
/// and nothing is delivered afterwards, even a completion already queued.
/// </summary>
/// <remarks>
/// Threads: the I/O loop (<c>RunAsync</c>) runs on thread-pool continuations; the timeout on a
/// timer thread; delivery, <see cref="Start"/> and <see cref="Dispose"/> on the script's thread.
/// Exactly one of "I/O result" and "timeout" claims each round (<see cref="TryClaim"/>).
/// The loop is one async method for the operation's whole life, so its state machine is
/// allocated once; between rounds it waits on a reusable <see cref="IValueTaskSource{TResult}"/>.
/// </remarks>
/// <typeparam name="TResult">The completion data handed to the consumer.</typeparam>
internal abstract class BackgroundOperation<TResult> : IBackgroundOperation, IValueTaskSource<bool>
{
    private readonly EventLoop loop;
    private readonly Func<TResult, bool> consumer;
    private readonly TimeSpan timeout;
    private readonly CancellationTokenSource cancellation = new();
    private readonly Timer? timer;
    private readonly Action deliver;
    private ManualResetValueTaskSourceCore<bool> resume = new() { RunContinuationsAsynchronously = true };
    private IDisposable? keepAlive;
    private int round;
    private int claimedRound;
    private long deadline;
    private int awaitingResume;
    private TResult? pending;
    private bool pendingIsTerminal;
    private bool started;
    private bool ended;

    /// <summary>An operation that hands completions to <paramref name="consumer"/> on the loop.</summary>
    /// <param name="loop">The loop completions are posted to.</param>
    /// <param name="timeout">Ends the operation when no completion comes for this long, restarting
    /// at each completion; zero or <see cref="Timeout.InfiniteTimeSpan"/> means never.</param>
    /// <param name="consumer">Called on the script's thread with each completion; false ends the operation.</param>
    protected BackgroundOperation(EventLoop loop, TimeSpan timeout, Func<TResult, bool> consumer)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(consumer);
        this.loop = loop;
        this.consumer = consumer;
        this.timeout = timeout;
        deliver = Deliver;
        if (timeout > TimeSpan.Zero)
        {
            timer = new Timer(static state => ((BackgroundOperation<TResult>)state!).OnTimer(), this, Timeout.Infinite, Timeout.Infinite);
        }
    }

    /// <summary>True from <see cref="Start"/> until the operation ends or is disposed.</summary>
    public bool IsActive => started && !ended;

    /// <summary>Arms the operation (keeping the runtime alive) and starts the first wait. Once.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(ended, this);
        if (started)
        {
            throw new InvalidOperationException("The background operation has already started.");
        }

        started = true;
        keepAlive = loop.Arm();
        _ = RunAsync();
    }

    /// <summary>
    /// Cancels the operation: the outstanding wait is cancelled, the timer stopped, the runtime
    /// disarmed, and no completion is delivered from now on. Idempotent. Script thread.
    /// </summary>
    public void Dispose()
    {
        if (ended)
        {
            return;
        }

        End();
        ReleaseResume(false);
    }

    /// <summary>Waits for and reads one completion. Expected socket failures become results.</summary>
    protected abstract ValueTask<TResult> ReceiveOneAsync(CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="result"/> ends the operation.</summary>
    protected abstract bool IsTerminal(TResult result);

    /// <summary>The result delivered when the timeout passes.</summary>
    protected abstract TResult TimedOutResult();

    /// <summary>The result for a failure the subclass did not foresee (never a raw exception).</summary>
    protected abstract TResult UnexpectedFailure(Exception exception);

    /// <summary>Frees what a dropped result holds (an accepted socket). Default: nothing.</summary>
    protected virtual void Discard(TResult result)
    {
    }

    bool IValueTaskSource<bool>.GetResult(short token) => resume.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => resume.GetStatus(token);

    void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        resume.OnCompleted(continuation, state, token, flags);

    private async Task RunAsync()
    {
        var token = cancellation.Token;
        while (true)
        {
            BeginRound();
            TResult result;
            try
            {
                result = await ReceiveOneAsync(token).ConfigureAwait(false);
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                // The socket was closed under us; Close() disposes the operation too.
                return;
            }
            catch (Exception exception)
            {
                result = UnexpectedFailure(exception);
            }

            if (token.IsCancellationRequested || !TryClaim(Volatile.Read(ref round)))
            {
                Discard(result);
                return;
            }

            timer?.Change(Timeout.Infinite, Timeout.Infinite);
            var terminal = IsTerminal(result);
            pending = result;
            pendingIsTerminal = terminal;
            if (terminal)
            {
                loop.Post(deliver);
                return;
            }

            resume.Reset();
            Volatile.Write(ref awaitingResume, 1);
            loop.Post(deliver);
            if (!await new ValueTask<bool>(this, resume.Version).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private void BeginRound()
    {
        if (timer is null)
        {
            Interlocked.Increment(ref round);
            return;
        }

        // The deadline is written before the round so a timer callback that sees the new round
        // also sees its deadline (and ignores itself if it belongs to the previous round).
        Volatile.Write(ref deadline, Environment.TickCount64 + (long)timeout.TotalMilliseconds);
        Interlocked.Increment(ref round);
        timer.Change(timeout, Timeout.InfiniteTimeSpan);
    }

    private bool TryClaim(int currentRound) =>
        Interlocked.CompareExchange(ref claimedRound, currentRound, currentRound - 1) == currentRound - 1;

    private void OnTimer()
    {
        var currentRound = Volatile.Read(ref round);
        var remaining = Volatile.Read(ref deadline) - Environment.TickCount64;
        if (remaining > 0)
        {
            // A late tick from an earlier round, or a timer that ran a little early: wait on.
            try
            {
                timer!.Change(remaining, Timeout.Infinite);
            }
            catch (ObjectDisposedException)
            {
            }

            return;
        }

        if (!TryClaim(currentRound))
        {
            return;
        }

        pending = TimedOutResult();
        pendingIsTerminal = true;
        cancellation.Cancel();
        loop.Post(deliver);
    }

    private void Deliver()
    {
        var result = pending!;
        pending = default;
        if (ended)
        {
            Discard(result);
            ReleaseResume(false);
            return;
        }

        if (pendingIsTerminal)
        {
            // Ended before the consumer runs, so a callback may re-arm or read plainly.
            End();
            consumer(result);
            return;
        }

        // The consumer's error or its "stop" ends this operation; the drain's caller reports an error.
        if (!Consumers.Hand(consumer, result, this))
        {
            return;
        }

        if (!ended)
        {
            ReleaseResume(true);
        }
    }

    private void ReleaseResume(bool more)
    {
        if (Interlocked.Exchange(ref awaitingResume, 0) == 1)
        {
            resume.SetResult(more);
        }
    }

    private void End()
    {
        ended = true;
        cancellation.Cancel();
        timer?.Dispose();
        keepAlive?.Dispose();
    }
}
