using System.Collections.Concurrent;
using Jsl.Runtime.Scheduling.Linux;

namespace Jsl.Runtime.Scheduling;

/// <summary>
/// Where background work meets the script. Completions posted from any thread, and (in
/// <see cref="EventLoopMode.Readiness"/>) the sockets of armed operations found readable by the
/// loop's own epoll set, run only on the script's thread, when the script drains the loop:
/// inside <c>Wait(x)</c> (<see cref="RunFor"/>, <see cref="RunDue"/>), after the main script
/// (<see cref="RunUntilIdle"/>) and at the REPL's prompt (<see cref="RunUntil"/>). Armed
/// operations and pending schedules keep the runtime alive.
/// </summary>
/// <remarks>
/// Only one thread drains a loop (the script's); posting, arming and scheduling are safe from
/// any thread. A completion that throws stops the drain and the exception reaches the caller of
/// the drain method; completions still queued stay queued for the next drain (and a readable
/// socket whose event was in the rest of the batch is reported again: the set is level-triggered).
/// The loop sleeps in one place: <c>epoll_wait</c> on the set once it exists (a post writes its
/// eventfd), a wait handle before that or in <see cref="EventLoopMode.Async"/>.
/// </remarks>
internal sealed class EventLoop : IDisposable
{
    private readonly ConcurrentQueue<Action> queue = new();
    private readonly ManualResetEventSlim wake = new(false);
    private readonly ScheduleQueue schedules;
    private readonly IdleCollection idleCollection = new();
    private int armedCount;
    private bool runningCompletion;
    private bool readinessRefused;
    private EpollSet? readiness;

    /// <summary>Creates an empty loop in the mode the environment asks for (<see cref="EventLoopModes.FromEnvironment"/>).</summary>
    public EventLoop()
        : this(EventLoopModes.FromEnvironment())
    {
    }

    /// <summary>Creates an empty loop that finds readiness the way <paramref name="mode"/> says.</summary>
    public EventLoop(EventLoopMode mode)
    {
        Mode = mode;
        readinessRefused = mode != EventLoopMode.Readiness || !OperatingSystem.IsLinux();
        schedules = new ScheduleQueue(this);
    }

    /// <summary>The mode asked for; <see cref="Readiness"/> says whether it is in effect.</summary>
    public EventLoopMode Mode { get; }

    /// <summary>
    /// The loop's epoll set, made on first use (script thread), or null in
    /// <see cref="EventLoopMode.Async"/>, off Linux, or when the set could not be made.
    /// Decision: made when the first background operation is armed rather than with the loop, so
    /// a run without background sockets spends no descriptors on it; a loop that cannot have one
    /// (no descriptor free) keeps .NET's path for good, which needs none of its own.
    /// </summary>
    public EpollSet? Readiness
    {
        get
        {
            if (readiness is null && !readinessRefused)
            {
                var made = EpollSet.TryCreate();
                if (made is null) readinessRefused = true;
                else Volatile.Write(ref readiness, made);
            }
            return readiness;
        }
    }

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
        Wake();
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

        var ran = RunQueued();
        return RunReady(0) | ran;
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
        using var wakeOnCancel = WakeOn(cancellationToken);
        while (true)
        {
            wake.Reset();
            RunQueued();
            var remaining = deadline - Environment.TickCount64;
            // Only sleep when nothing is queued; reset-then-drain-then-wait means a Post racing
            // with the drain leaves the wake set and the wait returns at once. Sockets found
            // readable in the wait run inside it, in one batch.
            WaitForWork(remaining <= 0 || !queue.IsEmpty ? 0 : (int)Math.Min(remaining, int.MaxValue), cancellationToken);
            if (remaining <= 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// After the main script: runs completions until nothing is armed and nothing is queued.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires.
    /// </summary>
    public void RunUntilIdle(CancellationToken cancellationToken)
    {
        using var wakeOnCancel = WakeOn(cancellationToken);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            wake.Reset();
            RunQueued();
            if (queue.IsEmpty && ArmedCount == 0)
            {
                return;
            }

            WaitForWork(queue.IsEmpty ? Timeout.Infinite : 0, cancellationToken);
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
            RunQueued();
            if (done())
            {
                return;
            }

            WaitForWork(queue.IsEmpty ? Timeout.Infinite : 0, CancellationToken.None);
        }
    }

    /// <summary>Releases the wait handle. Queued work is dropped.</summary>
    public void Dispose()
    {
        schedules.Dispose();
        queue.Clear();
        readiness?.Dispose();
        wake.Dispose();
    }

    /// <summary>Ends the script's current or next sleep in the loop. Any thread.</summary>
    public void Wake()
    {
        // A post that reads null here was queued before the set was published, and the loop
        // looks at its queue after that (it makes the set on its own thread), so nothing is missed.
        var set = Volatile.Read(ref readiness);
        if (set is not null) set.Wake();
        else wake.Set();
    }

    /// <summary>Runs the completions queued at the moment of the call (and the schedules now due).</summary>
    private bool RunQueued()
    {
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
    /// Sleeps up to <paramref name="milliseconds"/> (<see cref="Timeout.Infinite"/>: no limit)
    /// until work is posted or, with the epoll set, a watched socket is readable; readable
    /// sockets are handled here, the whole batch. Throws when <paramref name="cancellationToken"/> fired.
    /// </summary>
    /// <remarks>
    /// A long sleep may end early, after <see cref="IdleCollection.QuietMilliseconds"/>, with an
    /// idle collection: every caller loops and sleeps again for what is left.
    /// </remarks>
    private void WaitForWork(int milliseconds, CancellationToken cancellationToken)
    {
        var slice = idleCollection.Slice(milliseconds, out var collectAfter);
        bool woken;
        if (readiness is null)
        {
            woken = slice != 0 && wake.Wait(slice, cancellationToken);
        }
        else
        {
            woken = RunReady(slice);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (collectAfter && !woken && queue.IsEmpty) idleCollection.Collect();
    }

    /// <summary>One <c>epoll_wait</c> and the handlers of its batch; false without a set or an event.</summary>
    private bool RunReady(int milliseconds)
    {
        var set = readiness;
        if (set is null) return false;
        var count = set.Wait(milliseconds);
        var ran = false;
        for (var i = 0; i < count; i++)
        {
            var (first, second) = set.Take(i);
            if (first is not null)
            {
                ran = true;
                RunOne(first);
            }
            if (second is not null)
            {
                ran = true;
                RunOne(second);
            }
        }
        return ran;
    }

    private void RunOne(IReadyHandler handler)
    {
        runningCompletion = true;
        try
        {
            handler.OnReady();
        }
        finally
        {
            runningCompletion = false;
        }
    }

    private CancellationTokenRegistration WakeOn(CancellationToken cancellationToken) =>
        // The set may be made by a callback during the wait, so the registration does not depend on it.
        cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((EventLoop)state!).Wake(), this)
            : default;

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
            Wake();
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
