namespace Jsl.Builtins.Time;

/// <summary>The schedules not yet run, so that <c>Clear Schedule()</c> can cancel them.</summary>
internal sealed class PendingSchedules
{
    private readonly List<IDisposable> _handles = [];

    public void Add(IDisposable handle)
    {
        lock (_handles) _handles.Add(handle);
    }

    public void Remove(IDisposable handle)
    {
        lock (_handles) _handles.Remove(handle);
    }

    public void CancelAll()
    {
        IDisposable[] all;
        lock (_handles)
        {
            all = [.. _handles];
            _handles.Clear();
        }
        foreach (var handle in all) handle.Dispose();
    }
}
