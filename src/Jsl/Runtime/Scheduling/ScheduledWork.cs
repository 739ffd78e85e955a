namespace Jsl.Runtime.Scheduling;

/// <summary>
/// One schedule of a loop: the work, when it is due (<see cref="Environment.TickCount64"/>
/// milliseconds), and the token that keeps the runtime alive until it has run or is cancelled.
/// Disposing it cancels it, even once it is queued to run.
/// </summary>
internal sealed class ScheduledWork : IDisposable
{
    private readonly EventLoop loop;
    private readonly Action work;
    private readonly IDisposable keepAlive;
    private int state; // 0 pending, 1 fired (queued), 2 done or cancelled

    public ScheduledWork(EventLoop loop, long due, Action work)
    {
        this.loop = loop;
        this.work = work;
        Due = due;
        keepAlive = loop.Arm();
    }

    /// <summary>When the work is due, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
    public long Due { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref state, 2) != 2) keepAlive.Dispose();
    }

    /// <summary>Queues the work on the loop, unless it was cancelled (the schedule queue calls this when it is due).</summary>
    public void Fire()
    {
        if (Interlocked.CompareExchange(ref state, 1, 0) == 0) loop.Post(Run);
    }

    private void Run()
    {
        if (Interlocked.CompareExchange(ref state, 2, 1) != 1) return;
        try
        {
            work();
        }
        finally
        {
            keepAlive.Dispose();
        }
    }
}
