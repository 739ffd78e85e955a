using Jsl.Runtime.Scheduling;
using Xunit;

namespace Jsl.Tests.Runtime.Scheduling;

/// <summary>
/// The loop's idle collection: a long sleep after the script's thread allocated a lot is cut to
/// the quiet slice and followed by a collection; short sleeps and sleeps after little allocation
/// are left alone. Counted on the calling thread, so parallel tests cannot disturb it.
/// </summary>
public class IdleCollectionTests
{
    private static volatile object? sink;

    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 64 * 1024) sink = new byte[64 * 1024];
    }

    [Fact]
    public void A_long_sleep_after_a_burst_of_allocation_is_cut_to_the_quiet_slice_and_collects()
    {
        var idle = new IdleCollection();
        Assert.Equal(Timeout.Infinite, idle.Slice(Timeout.Infinite, out var before));
        Assert.False(before);

        Allocate(IdleCollection.AllocatedBytes + (1 << 20));
        Assert.Equal(IdleCollection.QuietMilliseconds, idle.Slice(Timeout.Infinite, out var collect));
        Assert.True(collect);
        Assert.Equal(IdleCollection.QuietMilliseconds, idle.Slice(60_000, out collect));
        Assert.True(collect);

        idle.Collect();
        Assert.Equal(Timeout.Infinite, idle.Slice(Timeout.Infinite, out collect));
        Assert.False(collect);
    }

    [Fact]
    public void A_short_sleep_is_never_cut_whatever_was_allocated()
    {
        var idle = new IdleCollection();
        idle.Slice(0, out _);
        Allocate(IdleCollection.AllocatedBytes + (1 << 20));
        Assert.Equal(0, idle.Slice(0, out var collect));
        Assert.False(collect);
        Assert.Equal(IdleCollection.QuietMilliseconds, idle.Slice(IdleCollection.QuietMilliseconds, out collect));
        Assert.False(collect);
    }

    [Fact]
    public void A_quiet_loop_that_had_allocated_collects_and_still_sleeps_its_whole_wait()
    {
        using var loop = new EventLoop(EventLoopMode.Async);
        Allocate(IdleCollection.AllocatedBytes + (1 << 20));
        var collections = GC.CollectionCount(GC.MaxGeneration);
        var started = Environment.TickCount64;
        loop.RunFor(TimeSpan.FromMilliseconds(2 * IdleCollection.QuietMilliseconds), CancellationToken.None);
        Assert.True(Environment.TickCount64 - started >= 2 * IdleCollection.QuietMilliseconds - 1);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > collections);
    }

    [Fact]
    public void A_large_live_heap_needs_more_allocation_before_the_next_collection()
    {
        var idle = new IdleCollection();
        var kept = new byte[40 << 20];
        kept[^1] = 1;
        idle.Collect();
        Allocate(IdleCollection.AllocatedBytes + (1 << 20));
        Assert.Equal(Timeout.Infinite, idle.Slice(Timeout.Infinite, out var collect));
        Assert.False(collect);
        GC.KeepAlive(kept);
    }
}
