namespace Jsl.Runtime.Scheduling;

/// <summary>
/// A garbage collection when the loop has gone quiet after allocating: the memory a burst of work
/// left behind (garbage promoted past the youngest generation while thousands of connections were
/// accepted, a young generation filled up to its budget) is given back while nothing needs the
/// thread, instead of staying resident until the next collection happens to come.
/// </summary>
/// <remarks>
/// Decision: a long sleep of the loop (longer than <see cref="QuietMilliseconds"/>) first sleeps
/// only that long; when nothing arrived in it and at least <see cref="AllocatedBytes"/> (or half the heap the last one left, when more) were
/// allocated since the last such collection, one full compacting collection runs, then the sleep
/// goes on. A busy loop never waits that long, so it never pays for it (a ping-pong at one
/// connection waits microseconds between messages); a loop that allocates nothing (an idle server,
/// the REPL at rest) never repeats it. The same idea as a browser engine's idle-time collection.
/// Measured by <c>bench/run-echo --only memory</c>: the resident memory per idle connection.
/// </remarks>
internal sealed class IdleCollection
{
    /// <summary>How long the loop must have been quiet before it collects.</summary>
    public const int QuietMilliseconds = 250;

    /// <summary>
    /// Bytes allocated since the last idle collection that make one worth it, counted on the
    /// thread that drains the loop (the script's: where its values are made), so other threads'
    /// work neither triggers nor delays it.
    /// </summary>
    public const long AllocatedBytes = 4 << 20;

    // Made with the loop, normally on the script's thread; a loop made elsewhere counts from its
    // first collection on (the difference only moves the first one).
    private long allocatedAtLast = GC.GetAllocatedBytesForCurrentThread();

    // Decision: a collection's pause grows with the live heap, so the allocation that makes the
    // next one worth it grows with it too (half the heap left after the last): a script that
    // holds a gigabyte and waits now and then does not pay a full collection every quiet moment.
    private long threshold = AllocatedBytes;

    /// <summary>
    /// The sleep to take instead of <paramref name="milliseconds"/> (<see cref="Timeout.Infinite"/>:
    /// no limit): <see cref="QuietMilliseconds"/> when a collection is due and the sleep is longer.
    /// </summary>
    public int Slice(int milliseconds, out bool collectAfter)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        collectAfter = (milliseconds == Timeout.Infinite || milliseconds > QuietMilliseconds)
            && allocated - allocatedAtLast >= threshold;
        return collectAfter ? QuietMilliseconds : milliseconds;
    }

    /// <summary>The quiet slice passed with nothing to do: collect, and count allocations from here.</summary>
    public void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        allocatedAtLast = GC.GetAllocatedBytesForCurrentThread();
        threshold = Math.Max(AllocatedBytes, GC.GetTotalMemory(forceFullCollection: false) / 2);
    }
}
