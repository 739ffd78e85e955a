using System.Runtime.InteropServices;

namespace Jsl.Runtime.Scheduling.Linux;

/// <summary>
/// The readiness set of one <see cref="EventLoop"/> on Linux: an epoll descriptor watching the
/// sockets of armed background operations (level-triggered, readable) plus an eventfd that
/// <see cref="Wake"/> writes so that work posted from another thread ends an
/// <c>epoll_wait</c> at once. Only the script's thread waits; adding and removing are safe from
/// any thread (a close at the end of a run comes from the signal handler's thread).
/// </summary>
/// <remarks>
/// Each event carries a key: the slot of its descriptor and the slot's generation. A handler
/// removed while its event waits in the same batch (a callback closed another socket) has a
/// stale key and is skipped, even when a new socket got the same descriptor number meanwhile.
/// A descriptor has at most two handlers (a DGRAM socket with both a background <c>Recv</c> and
/// a background <c>RecvFrom</c>): epoll takes a descriptor once, so they share its slot.
/// </remarks>
internal sealed unsafe class EpollSet : IDisposable
{
    /// <summary>Events taken from the kernel per <c>epoll_wait</c>.</summary>
    public const int BatchSize = 256;

    private const ulong WakeKey = 0;

    private readonly int epollFd;
    private readonly int wakeFd;
    private readonly byte* events;
    private readonly object gate = new();
    private readonly Dictionary<int, int> slotOfFd = [];
    private readonly Stack<int> freeSlots = new();
    private Slot[] slots = new Slot[16];
    private int usedSlots = 1; // slot 0 is the eventfd's key
    private int signaled;
    private int disposed;

    private struct Slot
    {
        public int Fd;
        public uint Generation;
        public IReadyHandler? First;
        public IReadyHandler? Second;
        public bool FirstPaused;
        public bool SecondPaused;
    }

    private EpollSet(int epollFd, int wakeFd)
    {
        this.epollFd = epollFd;
        this.wakeFd = wakeFd;
        events = (byte*)NativeMemory.Alloc((nuint)(BatchSize * EpollNative.EventSize));
    }

    /// <summary>
    /// A new set, or null off Linux or when the kernel refuses its two descriptors (none free):
    /// the loop then keeps .NET's asynchronous path.
    /// </summary>
    public static EpollSet? TryCreate()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            var epoll = EpollNative.EpollCreate(EpollNative.EpollCloexec);
            if (epoll < 0) return null;
            var wake = EpollNative.EventFd(0, EpollNative.EfdCloexec | EpollNative.EfdNonBlock);
            if (wake < 0)
            {
                EpollNative.Close(epoll);
                return null;
            }
            if (EpollNative.Control(epoll, EpollNative.CtlAdd, wake, EpollNative.EpollIn, WakeKey) < 0)
            {
                EpollNative.Close(wake);
                EpollNative.Close(epoll);
                return null;
            }
            return new EpollSet(epoll, wake);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A Linux without glibc's names (an unusual libc): the asynchronous path still works.
            return null;
        }
    }

    /// <summary>
    /// Watches <paramref name="fd"/> for reading on behalf of <paramref name="handler"/>. Returns
    /// the key to remove it with, or 0 when the kernel refused (the caller uses .NET's path).
    /// </summary>
    public ulong Add(int fd, IReadyHandler handler)
    {
        lock (gate)
        {
            if (disposed != 0) return 0;
            if (slotOfFd.TryGetValue(fd, out var shared))
            {
                ref var existing = ref slots[shared];
                if (existing.First is null) existing.First = handler;
                else if (existing.Second is null) existing.Second = handler;
                else return 0;
                var second = existing.Second == handler;
                if (second) existing.SecondPaused = false; else existing.FirstPaused = false;
                Apply(shared, EpollNative.CtlMod);
                return Key(shared, existing.Generation, second);
            }

            var index = freeSlots.Count > 0 ? freeSlots.Pop() : NewSlot();
            ref var slot = ref slots[index];
            slot.Fd = fd;
            slot.First = handler;
            slot.Second = null;
            slot.FirstPaused = slot.SecondPaused = false;
            if (EpollNative.Control(epollFd, EpollNative.CtlAdd, fd, EpollNative.EpollIn, Key(index, slot.Generation, false)) < 0)
            {
                Release(index);
                return 0;
            }
            slotOfFd[fd] = index;
            return Key(index, slot.Generation, false);
        }
    }

    /// <summary>Stops watching for the handler of <paramref name="key"/>. Idempotent; any thread.</summary>
    public void Remove(ulong key)
    {
        lock (gate)
        {
            if (!Find(key, out var index, out var second)) return;
            ref var slot = ref slots[index];
            if (second) slot.Second = null; else slot.First = null;
            if (slot.First is null && slot.Second is null)
            {
                // Before the socket's close: epoll forgets a closed descriptor by itself, but the
                // number could already belong to a new socket by the time we got here otherwise.
                EpollNative.Control(epollFd, EpollNative.CtlDel, slot.Fd, 0, 0);
                slotOfFd.Remove(slot.Fd);
                Release(index);
            }
            else
            {
                // Generation moves only when the slot is freed, so the other handler's key stays valid.
                if (second) slot.SecondPaused = false; else slot.FirstPaused = false;
                Apply(index, EpollNative.CtlMod);
            }
        }
    }

    /// <summary>
    /// Stops (<paramref name="paused"/> true) or restarts readiness reports for the handler of
    /// <paramref name="key"/> without giving up its slot: a background Accept waiting for the
    /// peer's name must not hear of the next connection until its callback has run.
    /// </summary>
    public void SetPaused(ulong key, bool paused)
    {
        lock (gate)
        {
            if (!Find(key, out var index, out var second)) return;
            ref var slot = ref slots[index];
            if (second) slot.SecondPaused = paused; else slot.FirstPaused = paused;
            Apply(index, EpollNative.CtlMod);
        }
    }

    /// <summary>
    /// Waits up to <paramref name="timeoutMilliseconds"/> (-1: no limit, 0: only looks) for
    /// readiness or a wake; returns the number of events in the batch (0 on timeout or signal).
    /// Script thread only.
    /// </summary>
    public int Wait(int timeoutMilliseconds)
    {
        var count = EpollNative.EpollWait(epollFd, events, BatchSize, timeoutMilliseconds);
        // EINTR (a signal arrived) is a wake like any other; nothing else is expected of a valid set.
        return count < 0 ? 0 : count;
    }

    /// <summary>
    /// Event <paramref name="index"/> of the last batch: its handlers (zero, one or two; stale and
    /// wake events give none). Script thread only.
    /// </summary>
    public (IReadyHandler? First, IReadyHandler? Second) Take(int index)
    {
        var key = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(events + index * EpollNative.EventSize + EpollNative.DataOffset);
        if (key == WakeKey)
        {
            ConsumeWake();
            return default;
        }
        lock (gate)
        {
            var slotIndex = (int)(key & 0x7FFF_FFFF);
            if (slotIndex >= usedSlots || slots[slotIndex].Generation != (uint)(key >> 32)) return default;
            ref var slot = ref slots[slotIndex];
            return (slot.FirstPaused ? null : slot.First, slot.SecondPaused ? null : slot.Second);
        }
    }

    /// <summary>Ends the script's current or next wait. Any thread; cheap when a wake is already pending.</summary>
    public void Wake()
    {
        if (Interlocked.Exchange(ref signaled, 1) != 0 || Volatile.Read(ref disposed) != 0) return;
        ulong one = 1;
        EpollNative.Write(wakeFd, (byte*)&one, sizeof(ulong));
    }

    /// <summary>Closes both descriptors. Handlers still registered are forgotten.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed != 0) return;
            disposed = 1;
            EpollNative.Close(wakeFd);
            EpollNative.Close(epollFd);
            NativeMemory.Free(events);
        }
    }

    private void ConsumeWake()
    {
        ulong value;
        EpollNative.Read(wakeFd, (byte*)&value, sizeof(ulong));
        // After the read: a Wake that saw the flag still set was posted before this point, and
        // the loop drains its queue after handling this batch, so its work is not missed.
        Volatile.Write(ref signaled, 0);
    }

    private void Apply(int index, int operation)
    {
        ref var slot = ref slots[index];
        var wanted = (slot.First is not null && !slot.FirstPaused) || (slot.Second is not null && !slot.SecondPaused);
        EpollNative.Control(epollFd, operation, slot.Fd, wanted ? EpollNative.EpollIn : 0, Key(index, slot.Generation, false));
    }

    private bool Find(ulong key, out int index, out bool second)
    {
        index = (int)(key & 0x7FFF_FFFF);
        second = (key & 0x8000_0000) != 0;
        return index > 0 && index < usedSlots && slots[index].Generation == (uint)(key >> 32)
            && (second ? slots[index].Second : slots[index].First) is not null;
    }

    private int NewSlot()
    {
        if (usedSlots == slots.Length) Array.Resize(ref slots, slots.Length * 2);
        return usedSlots++;
    }

    private void Release(int index)
    {
        ref var slot = ref slots[index];
        slot.First = slot.Second = null;
        slot.Generation++;
        freeSlots.Push(index);
    }

    // The event's key names the slot; the handler's own key adds which of the two it is.
    private static ulong Key(int index, uint generation, bool second) =>
        ((ulong)generation << 32) | (uint)index | (second ? 0x8000_0000u : 0u);
}
