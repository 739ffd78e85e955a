using System.Collections.Concurrent;

namespace Jsl.Runtime.Scheduling;

/// <summary>
/// Where background work meets the script. Completions of .NET asynchronous I/O are posted
/// here from any thread and run only on the script's thread, when the script drains the loop:
/// inside <c>Wait(x)</c> (<see cref="RunFor"/>, <see cref="RunDue"/>) and after the main script
/// (<see cref="RunUntilIdle"/>). Armed operations and pending schedules keep the runtime alive.
/// </summary>
/// <remarks>
/// Only one thread drains a loop (the script's); posting, arming and scheduling are safe from
/// any thread. A completion that throws stops the drain and the exception reaches the caller of
/// the drain method; completions still queued stay queued for the next drain.
/// </remarks>
internal sealed class EventLoop : IDisposable
{
    private readonly ConcurrentQueue<Action> queue = new();
    private readonly ManualResetEventSlim wake = new(false);
    private readonly ScheduleQueue schedules;
    private int armedCount;
    private bool runningCompletion;

    /// <summary>Creates an empty loop.</summary>
    public EventLoop() => schedules = new ScheduleQueue(this);

    /// <summary>Number of armed background operations and pending schedules.</summary>
    public int ArmedCount => Volatile.Read(ref armedCount);

    /// <summary>Number of completions posted and not yet run.</summary>
    public int PendingCount => queue.Count;

    /// <summary>True while a completion is running (so a <c>Wait</c> now is one inside a callback).</summary>
    public bool IsRunningCompletion => runningCompletion;

    /// <summary>Queues <paramref name="work"/> to run on the script's thread. Any thread.</summary>
    public void Post(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        queue.Enqueue(work);
        wake.Set();
    }

    /// <summary>
    /// Marks one background operation as armed: the runtime stays alive until the returned
    /// token is disposed. Disposing twice is harmless. Any thread.
    /// </summary>
    public IDisposable Arm()
    {
        Interlocked.Increment(ref armedCount);
        return new ArmToken(this);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the script's thread once <paramref name="delay"/> has
    /// passed, keeping the runtime alive until then. Disposing the result before it runs cancels
    /// it (even if the timer has already fired and the work is queued). Schedules run in the order
    /// they fall due (<see cref="ScheduleQueue"/>); no thread of their own.
    /// </summary>
    public IDisposable ScheduleAfter(TimeSpan delay, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        var scheduled = new ScheduledWork(this, Environment.TickCount64 + ToMilliseconds(delay), work);
        try
        {
            schedules.Add(scheduled);
        }
        catch
        {
            // The timer could not be set: the schedule is cancelled, so it keeps nothing alive.
            scheduled.Dispose();
            throw;
        }
        return scheduled;
    }

    /// <summary>
    /// Runs the completions queued at the moment of the call (work they post waits for the next
    /// drain, so a busy peer cannot starve the script). Returns whether anything ran.
    /// Inside a running completion it runs nothing: callbacks are never re-entered.
    /// </summary>
    public bool RunDue()
    {
        if (runningCompletion)
        {
            return false;
        }

        schedules.PostDue();
        var budget = queue.Count;
        var ran = false;
        while (budget-- > 0 && queue.TryDequeue(out var work))
        {
            ran = true;
            RunOne(work);
        }

        return ran;
    }

    /// <summary>
    /// JSL <c>Wait(x)</c>: sleeps up to <paramref name="duration"/>, running completions as they
    /// arrive, and returns when the time is up. A zero duration runs what is due and returns.
    /// Inside a running completion it only sleeps. Throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public void RunFor(TimeSpan duration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (runningCompletion)
        {
            Sleep(duration, cancellationToken);
            return;
        }

        var deadline = Environment.TickCount64 + ToMilliseconds(duration);
        while (true)
        {
            wake.Reset();
            RunDue();
            var remaining = deadline - Environment.TickCount64;
            if (remaining <= 0)
            {
                return;
            }

            // Only wait when nothing is queued; Reset-then-drain-then-wait means a Post racing
            // with the drain leaves the event set and the wait returns at once.
            if (queue.IsEmpty)
            {
                wake.Wait(TimeSpan.FromMilliseconds(Math.Min(remaining, int.MaxValue)), cancellationToken);
            }
        }
    }

    /// <summary>
    /// After the main script: runs completions until nothing is armed and nothing is queued.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public void RunUntilIdle(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            wake.Reset();
            RunDue();
            if (queue.IsEmpty)
            {
                if (ArmedCount == 0)
                {
                    return;
                }

                wake.Wait(cancellationToken);
            }
        }
    }

    /// <summary>
    /// For a host that waits for its own input too (the REPL at its prompt): runs completions as
    /// they arrive, sleeping while none is queued, and returns once <paramref name="done"/>,
    /// asked after each drain, is true. The host's input arrives as completions it posts.
    /// </summary>
    public void RunUntil(Func<bool> done)
    {
        while (true)
        {
            wake.Reset();
            RunDue();
            if (done())
            {
                return;
            }

            if (queue.IsEmpty)
            {
                wake.Wait();
            }
        }
    }

    /// <summary>Releases the wait handle. Queued work is dropped.</summary>
    public void Dispose()
    {
        schedules.Dispose();
        queue.Clear();
        wake.Dispose();
    }

    private void RunOne(Action work)
    {
        runningCompletion = true;
        try
        {
            work();
        }
        finally
        {
            runningCompletion = false;
        }
    }

    private void Disarm()
    {
        if (Interlocked.Decrement(ref armedCount) == 0)
        {
            // RunUntilIdle may be waiting for exactly this.
            wake.Set();
        }
    }

    private static void Sleep(TimeSpan duration, CancellationToken cancellationToken)
    {
        var milliseconds = ToMilliseconds(duration);
        if (milliseconds > 0 && cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(Math.Min(milliseconds, int.MaxValue))))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static long ToMilliseconds(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? 0 : (long)Math.Ceiling(Math.Min(duration.TotalMilliseconds, long.MaxValue / 2.0));

    private sealed class ArmToken(EventLoop loop) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                loop.Disarm();
            }
        }
    }
}
