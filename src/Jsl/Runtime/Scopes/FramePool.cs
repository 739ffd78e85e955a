using Jsl.Runtime.Values;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Frames of returned calls kept for the next call, so that a recursion or a loop of calls does
/// not allocate one frame per call (the allocation, its clearing and its write barriers were
/// about a sixth of a recursive function's time). The pool is a stack of slots, one per depth of
/// prepared calls: a call takes the slot above the calls in progress, and gives it back when it
/// returns, so a recursion's call at one depth gets the frame the previous call at that depth had,
/// with the same caller and function, and renting or returning stores no reference.
/// A frame is used again only when it never escaped (<see cref="Scope.Escaped"/>) and was emptied
/// when its call returned; a call ended by an error does not give its slot back, but the call that
/// returns below it does (every call above it has ended by then), and the slot then gets a new
/// frame, since the abandoned one still holds that call's variables.
/// </summary>
internal sealed class FramePool
{
    // Enough for any recursion that is run many times; deeper calls get frames of their own
    // instead of keeping that many for the rest of the run.
    private const int MaxSlots = 512;

    private Scope?[] _slots = new Scope?[16];
    private int _top;

    /// <summary>A frame for a call of <paramref name="function"/> from <paramref name="caller"/> (a method's when <paramref name="self"/> is given).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Scope Rent(Scope caller, FunctionValue function, Classes.ClassObject? self, bool defaultLocal)
    {
        var top = _top;
        var slots = _slots;
        // A frame whose call was ended by an error still holds that call's variables: only an
        // emptied one (returned normally) is reused.
        if ((uint)top < (uint)slots.Length && slots[top] is { Escaped: false, IsEmptied: true } frame)
        {
            _top = top + 1;
            frame.Reuse(caller, function, self, defaultLocal);
            return frame;
        }
        return RentNew(caller, function, self, defaultLocal);
    }

    private Scope RentNew(Scope caller, FunctionValue function, Classes.ClassObject? self, bool defaultLocal)
    {
        var frame = Scope.NewReusableFrame(caller, function, self, defaultLocal);
        var top = _top;
        if (top == MaxSlots) return frame;
        if (top == _slots.Length) Array.Resize(ref _slots, Math.Min(_slots.Length * 2, MaxSlots));
        _slots[top] = frame;
        frame.Slot = top;
        _top = top + 1;
        return frame;
    }

    /// <summary>Takes back the frame of a call that has returned: its slot, and the frame too unless it escaped or grew past a small table.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Return(Scope frame)
    {
        var slot = frame.Slot;
        if (slot < 0) return;
        _top = slot;
        if (frame.Escaped || !frame.TryEmptyForReuse()) _slots[slot] = null;
    }
}
