using Jsl.Runtime.Values;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Reusing a function's frame once its call has returned (see <see cref="FramePool"/>). A frame
/// may be reused only when nothing can reach it any more: a frame is reachable after its call
/// only if something kept a reference to it (a built-in given it in a <c>CallContext</c>: a
/// callback, <c>Namespace( "local" )</c>, an object's creator, a Local block) or kept a frame
/// called from it (whose <see cref="Caller"/> chain leads back to it). Every such keeper marks
/// the scope it keeps, and with it every scope up its chain, as escaped; an escaped frame is
/// never reused.
/// </summary>
internal sealed partial class Scope
{
    /// <summary>
    /// True once something may hold this scope beyond its call. Invariant: the scopes up the chain
    /// of an escaped scope (its parents and callers) are escaped too, so marking stops at the first
    /// escaped one.
    /// </summary>
    internal bool Escaped { get; private set; }

    /// <summary>The frame's slot in its <see cref="FramePool"/>; -1 for a frame of no pool's.</summary>
    internal int Slot = -1;

    /// <summary>Marks this scope and every scope up its chain (parents, then callers) as escaped.</summary>
    internal void MarkEscaped()
    {
        for (var s = this; s is not null && !s.Escaped; s = s.Parent ?? s.Caller) s.Escaped = true;
    }

    /// <summary>A new, unescaped frame for the pool to hand out (as <see cref="NewFunctionFrame"/> or <see cref="NewMethodFrame"/> makes one).</summary>
    internal static Scope NewReusableFrame(Scope caller, FunctionValue function, Classes.ClassObject? self, bool defaultLocal) =>
        new(caller, function, self, defaultLocal);

    /// <summary>
    /// Makes a free frame what the constructor for a call makes. Recursion and loops reuse a frame
    /// for the same function from the same caller, so the fields are written only when they
    /// change: each store of a reference costs a GC write barrier.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Reuse(Scope caller, FunctionValue function, Classes.ClassObject? self, bool defaultLocal)
    {
        if (!ReferenceEquals(Caller, caller)) Caller = caller;
        CallerMask = caller.Parent is null ? caller.CallerMask | caller.KeyMask : caller.ChainMask;
        if (!ReferenceEquals(Function, function)) Function = function;
        if (!ReferenceEquals(_this, self)) _this = self;
        if (!ReferenceEquals(Here, function.Home)) Here = function.Home;
        DefaultLocal = defaultLocal;
    }

    /// <summary>True for a detached frame (<see cref="NewDetachedFunctionFrame"/>) freed by <see cref="TryFreeDetached"/> and not given to anyone since.</summary>
    internal bool IsReusableDetached() => IsUnsharedDetached && IsEmptied;

    // A detached frame (no caller, no enclosing block) that no built-in was given.
    private bool IsUnsharedDetached => !Escaped && Caller is null && Parent is null;

    /// <summary>
    /// Empties a detached frame whose call returned, for the same function's next call, as the
    /// pool empties a returned frame; false when the frame escaped or moved to cells. Its
    /// namespace is its function's again, should anything have changed it.
    /// </summary>
    internal bool TryFreeDetached()
    {
        if (!IsUnsharedDetached || !TryEmptyForReuse()) return false;
        if (Function is { } function && !ReferenceEquals(Here, function.Home)) Here = function.Home;
        return true;
    }
}
