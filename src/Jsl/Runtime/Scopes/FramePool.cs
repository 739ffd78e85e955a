using Jsl.Runtime.Values;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Frames of returned calls kept for the next call, so that a recursion or a loop of calls does
/// not allocate one frame per call (the allocation, its clearing and its write barriers were
/// about a sixth of a recursive function's time). A frame comes back only when its call returned
/// normally and it never escaped (<see cref="Scope.Escaped"/>); a call ended by an error leaves
/// its frame to the garbage collector. Last in, first out: a recursion's call at one depth gets
/// the frame the previous call at that depth had, with the same caller and function.
/// </summary>
internal sealed class FramePool
{
    // Enough for any recursion that is run many times; a deeper one's extra frames are dropped
    // instead of being kept for the rest of the run.
    private const int MaxFree = 512;

    private Scope? _free;
    private int _count;

    /// <summary>A frame for a call of <paramref name="function"/> from <paramref name="caller"/> (a method's when <paramref name="self"/> is given).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Scope Rent(Scope caller, FunctionValue function, Classes.ClassObject? self, bool defaultLocal)
    {
        var frame = _free;
        if (frame is null) return Scope.NewReusableFrame(caller, function, self, defaultLocal);
        _free = frame.NextFree;
        _count--;
        frame.Reuse(caller, function, self, defaultLocal);
        return frame;
    }

    /// <summary>Takes back the frame of a call that has returned; an escaped frame (or one past the limit) is left to the collector.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Return(Scope frame)
    {
        if (frame.Escaped || _count == MaxFree || !frame.TryEmptyForReuse()) return;
        frame.NextFree = _free;
        _free = frame;
        _count++;
    }
}
