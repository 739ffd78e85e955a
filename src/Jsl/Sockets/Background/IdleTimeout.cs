using Jsl.Runtime.Scheduling;

namespace Jsl.Sockets.Background;

/// <summary>
/// The timeout of a background operation on the readiness path: it ends the operation when no
/// completion came for the whole timeout, restarting at each completion (spec §4).
/// </summary>
/// <remarks>
/// A restart only moves the deadline (a field the script's thread writes), so a busy socket costs
/// no timer call per message. The timer fires at the old deadline at the earliest; the check it
/// posts runs on the script's thread, sees the moved deadline and sets the timer again for the
/// rest. So the operation ends between the deadline and one loop turn after it, never before.
/// </remarks>
internal sealed class IdleTimeout : IDisposable
{
    private readonly EventLoop loop;
    private readonly long milliseconds;
    private readonly Action expired;
    private readonly Action check;
    private readonly Timer timer;
    private long deadline;
    private volatile bool disposed;

    /// <summary>A timeout of <paramref name="timeout"/> (positive) that calls <paramref name="expired"/> on the script's thread.</summary>
    public IdleTimeout(EventLoop loop, TimeSpan timeout, Action expired)
    {
        this.loop = loop;
        this.expired = expired;
        milliseconds = Math.Max(1, (long)Math.Ceiling(Math.Min(timeout.TotalMilliseconds, uint.MaxValue - 2.0)));
        check = Check;
        timer = new Timer(static state => ((IdleTimeout)state!).OnTimer(), this, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Starts counting from now.</summary>
    public void Start()
    {
        Restart();
        Set(milliseconds);
    }

    /// <summary>A completion came: the whole timeout again from now. Script thread.</summary>
    public void Restart() => deadline = Environment.TickCount64 + milliseconds;

    /// <inheritdoc/>
    public void Dispose()
    {
        disposed = true;
        timer.Dispose();
    }

    private void OnTimer()
    {
        if (!disposed) loop.Post(check);
    }

    private void Check()
    {
        if (disposed) return;
        var remaining = deadline - Environment.TickCount64;
        if (remaining > 0) Set(remaining);
        else expired();
    }

    private void Set(long wait)
    {
        try
        {
            timer.Change(wait, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
            // Disposed from another thread (a close at the end of the run): nothing left to time.
        }
    }
}
