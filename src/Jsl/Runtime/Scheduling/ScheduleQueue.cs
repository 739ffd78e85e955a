namespace Jsl.Runtime.Scheduling;

/// <summary>
/// The pending schedules of one loop, ordered by due time, behind one timer set for the earliest.
/// When it fires, every schedule now due is posted to the loop in due order (ties in the order
/// they were made), so schedules run in the order they fall due even when the timer fires late.
/// </summary>
/// <remarks>
/// One timer per schedule, as before, let the runtime fire two callbacks in either order when the
/// machine was busy: <c>Schedule(0.05, a); Schedule(0.15, b)</c> ran b first at times. Cancelled
/// schedules stay in the heap and are skipped when they come up. Any thread.
/// </remarks>
internal sealed class ScheduleQueue : IDisposable
{
    private readonly EventLoop loop;
    private readonly PriorityQueue<ScheduledWork, (long Due, long Order)> pending = new();
    private readonly Timer timer;
    private long made;
    private bool disposed;
    // When the timer is set to fire; long.MaxValue when it is not set (or setting it failed).
    private long armedFor = long.MaxValue;

    public ScheduleQueue(EventLoop loop)
    {
        this.loop = loop;
        timer = new Timer(static s => ((ScheduleQueue)s!).FireFromTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Adds <paramref name="work"/>, due at <see cref="ScheduledWork.Due"/>.</summary>
    public void Add(ScheduledWork work)
    {
        lock (pending)
        {
            if (disposed) return;
            pending.Enqueue(work, (work.Due, made++));
            // Compared with when the timer is really set, not with the head of the heap: a
            // schedule whose timer could not be set (no descriptor for the timer's thread, issue 8)
            // stays at the head, cancelled, and must not stop a later one from setting it.
            if (work.Due < armedFor) Arm(work.Due);
        }
    }

    /// <summary>
    /// Posts every schedule due by now, on the calling thread, without waiting for the timer: the
    /// loop calls it before it runs what is due, so a schedule whose time has passed runs at that
    /// drain even when the timer's pool thread is late on a busy machine. Returns whether any was due.
    /// </summary>
    public bool PostDue() => Fire();

    private bool Fire()
    {
        // Made only when something is due: the loop looks here before every drain of its queue,
        // and a list per look was one allocation per message of a busy socket server.
        List<ScheduledWork> due;
        lock (pending)
        {
            if (disposed) return false;
            if (!pending.TryPeek(out _, out var head) || head.Due > Environment.TickCount64) return false;
            due = [];
            armedFor = long.MaxValue;
            var now = Environment.TickCount64;
            while (pending.TryPeek(out var next, out var key) && key.Due <= now)
            {
                pending.Dequeue();
                due.Add(next);
            }
            if (pending.TryPeek(out _, out var earliest)) Arm(earliest.Due);
        }
        foreach (var work in due) work.Fire();
        return due.Count > 0;
    }

    /// <summary>The timer fired: post what is due and set the timer for the next one.</summary>
    private void FireFromTimer()
    {
        lock (pending)
        {
            if (disposed) return;
            armedFor = long.MaxValue;
            if (pending.TryPeek(out _, out var earliest) && earliest.Due > Environment.TickCount64)
            {
                // Nothing due yet (the loop posted it already, or the timer fired early): wait on.
                Arm(earliest.Due);
                return;
            }
        }
        Fire();
    }

    private void Arm(long due)
    {
        var wait = Math.Max(0, due - Environment.TickCount64);
        // Timer accepts at most about 49 days; a longer schedule is as good as never firing within a
        // run, and clamping keeps it pending rather than throwing.
        timer.Change(TimeSpan.FromMilliseconds(Math.Min(wait, uint.MaxValue - 2L)), Timeout.InfiniteTimeSpan);
        armedFor = due;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (pending)
        {
            disposed = true;
            pending.Clear();
        }
        timer.Dispose();
    }
}
