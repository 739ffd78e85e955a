using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Runtime.Scheduling.Linux;

namespace Jsl.Sockets.Background;

/// <summary>
/// The life of one armed background operation on the readiness path (§4): its socket sits in
/// the loop's epoll set; when the loop, waiting on the script's thread, finds it readable, the
/// operation reads (or accepts) once without blocking and hands the result to the consumer right
/// there. The next read can only follow the next readiness report, after the consumer returned:
/// one read outstanding, at most one result in memory. A terminal result (closed, error,
/// timeout) ends it; <see cref="Dispose"/> ends it and nothing is delivered afterwards.
/// </summary>
/// <remarks>
/// Everything runs on the script's thread except <see cref="Dispose"/>, which may come from the
/// thread that closes every socket at the end of a run (the set's removal is safe there).
/// </remarks>
/// <typeparam name="TResult">The completion data handed to the consumer.</typeparam>
internal abstract class ReadyOperation<TResult> : IBackgroundOperation, IReadyHandler
{
    private readonly EpollSet set;
    private readonly Func<TResult, bool> consumer;
    private readonly IdleTimeout? timeout;
    private IDisposable? keepAlive;
    private ulong key;
    private volatile bool ended;

    /// <summary>An operation on <paramref name="socket"/> that hands completions to <paramref name="consumer"/>.</summary>
    /// <param name="loop">The loop whose set watches the socket.</param>
    /// <param name="set">That loop's epoll set.</param>
    /// <param name="socket">The socket, non-blocking at the operating system.</param>
    /// <param name="timeout">Ends the operation when no completion comes for this long, restarting
    /// at each completion; zero or <see cref="Timeout.InfiniteTimeSpan"/> means never.</param>
    /// <param name="consumer">Called on the script's thread with each completion; false ends the operation.</param>
    protected ReadyOperation(EventLoop loop, EpollSet set, Socket socket, TimeSpan timeout, Func<TResult, bool> consumer)
    {
        Loop = loop;
        this.set = set;
        Socket = socket;
        this.consumer = consumer;
        if (timeout > TimeSpan.Zero) this.timeout = new IdleTimeout(loop, timeout, OnTimeout);
    }

    /// <summary>The loop the operation runs on.</summary>
    protected EventLoop Loop { get; }

    /// <summary>The socket read from.</summary>
    protected Socket Socket { get; }

    /// <inheritdoc/>
    public bool IsActive => key != 0 && !ended;

    /// <summary>True once the operation has ended or was disposed.</summary>
    protected bool Ended => ended;

    /// <summary>
    /// Puts the socket in the set and arms the runtime. False, with nothing held, when the
    /// kernel refused (the caller falls back to .NET's asynchronous path).
    /// </summary>
    public bool TryStart()
    {
        int fd;
        try
        {
            fd = (int)Socket.SafeHandle.DangerousGetHandle();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        key = set.Add(fd, this);
        if (key == 0) return false;
        keepAlive = Loop.Arm();
        timeout?.Start();
        return true;
    }

    /// <summary>
    /// How many reads (or accepts) one readiness report may lead to, each after the previous
    /// one's callback has returned. One for reads: every readable socket gets its turn in the
    /// batch. More for a listener: epoll reports a level-triggered descriptor once per pass over
    /// its ready list, so with thousands of busy connections one accept per report accepted
    /// about 35 connections a second (10,000 clients connecting to the bench echo server never
    /// all got in; .NET's path accepts on a loop of its own).
    /// </summary>
    protected virtual int MaxReadsPerReport => 1;

    /// <inheritdoc/>
    public void OnReady()
    {
        for (var reads = MaxReadsPerReport; reads > 0 && !ended && TryRead(out var result); reads--)
        {
            Completed(result);
        }
    }

    /// <summary>Ends the operation: out of the set, timer stopped, runtime disarmed. Idempotent; any thread.</summary>
    public void Dispose()
    {
        if (ended) return;
        ended = true;
        set.Remove(key);
        timeout?.Dispose();
        keepAlive?.Dispose();
        OnEnded();
    }

    /// <summary>Reads once without blocking; false when nothing was there after all.</summary>
    protected abstract bool TryRead(out TResult result);

    /// <summary>Whether <paramref name="result"/> ends the operation.</summary>
    protected abstract bool IsTerminal(TResult result);

    /// <summary>The result delivered when the timeout passes.</summary>
    protected abstract TResult TimedOutResult();

    /// <summary>Frees what a dropped result holds (an accepted socket). Default: nothing.</summary>
    protected virtual void Discard(TResult result)
    {
    }

    /// <summary>Called once when the operation ends, on the thread that ended it. Default: nothing.</summary>
    protected virtual void OnEnded()
    {
    }

    /// <summary>A completion: the timeout starts again, and the result goes to the consumer.</summary>
    protected void Completed(TResult result)
    {
        timeout?.Restart();
        Deliver(result, IsTerminal(result));
    }

    /// <summary>Stops or restarts the readiness reports of this operation's socket (it keeps its place in the set).</summary>
    protected void SetPaused(bool paused) => set.SetPaused(key, paused);

    /// <summary>
    /// Hands <paramref name="result"/> to the consumer unless the operation has ended; a terminal
    /// one ends it first, so the callback may arm again or read plainly. A consumer that throws
    /// ends the operation and the exception goes on to the drain's caller.
    /// </summary>
    protected void Deliver(TResult result, bool terminal)
    {
        if (ended)
        {
            Discard(result);
            return;
        }
        if (terminal)
        {
            Dispose();
            consumer(result);
            return;
        }
        Consumers.Hand(consumer, result, this);
    }

    private void OnTimeout()
    {
        if (!ended) Deliver(TimedOutResult(), terminal: true);
    }
}
