using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Where unscoped names are looked up and created while evaluating: a chain of local frames
/// (a function call, <c>Local(...)</c> blocks inside it), then the locals of the functions that
/// called it, innermost first, then the script's Here namespace, then globals.
/// Decision: JSL's Local namespace is dynamic, as the Scripting Guide's reference rule ("Local
/// namespace, Here namespace, Global namespace") and real libraries imply: jsl-hamcrest's
/// <c>ut test</c> keeps <c>_utTestNS</c> as its local and the assertion functions it defines read
/// it when the test's code calls them. So a function sees, and assigns to, the locals of its
/// callers that it does not shadow; a new name still goes where the creation rule says.
/// A frame is itself the table of its local variables, so that a function call allocates one
/// object; the script-level scope has none (<see cref="Locals"/> is null there).
/// </summary>
internal sealed partial class Scope : VariableTable
{
    private readonly bool _hasLocals;

    /// <summary>A script's scope, a detached function frame (no caller: a script path) or a <c>Local</c> block (a parent).</summary>
    private Scope(Scope? parent, bool hasLocals, int capacity, NamespaceValue here, bool defaultLocal, string? scriptPath, FunctionValue? function = null)
        : base(capacity)
    {
        // Stores only what differs from the defaults: every reference stored costs a GC write barrier.
        if (parent is not null)
        {
            _frame = parent.Frame;
            Parent = parent;
            if (parent.This is { } outer) _this = outer;
        }
        else
        {
            _scriptPath = scriptPath ?? throw new ArgumentNullException(nameof(scriptPath));
        }
        if (function is not null) Function = function;
        _hasLocals = hasLocals;
        Here = here;
        DefaultLocal = defaultLocal;
    }

    /// <summary>
    /// A function's or method's frame: the constructor every user call runs, so it stores only the
    /// fields a call sets (no parent, no script path) and takes the capacity from the function.
    /// </summary>
    private Scope(Scope caller, FunctionValue function, Classes.ClassObject? self, bool defaultLocal)
        : base(function.Parameters.Length + function.Locals.Length)
    {
        Caller = caller;
        // A caller that is a frame of its own (no enclosing Local block), the usual one, needs no walk.
        CallerMask = caller.Parent is null ? caller.CallerMask | caller.KeyMask : caller.ChainMask;
        Function = function;
        if (self is not null) _this = self;
        _hasLocals = true;
        Here = function.Home;
        DefaultLocal = defaultLocal;
    }

    /// <summary>The enclosing local frame within the same function, or null.</summary>
    public Scope? Parent { get; }

    /// <summary>The outermost frame of this chain when it is not this scope itself (null for a function's own frame).</summary>
    private readonly Scope? _frame;

    /// <summary>The outermost frame of this chain: the function's own frame (or the script level).</summary>
    private Scope Frame => _frame ?? this;

    /// <summary>For a function's frame, the scope it was called from (its locals are visible here); else null.</summary>
    public Scope? Caller { get; private set; }

    /// <summary>The bits of every name the callers' frames held when this function was called (see <see cref="Syntax.Symbol.Bit"/>).</summary>
    private ulong CallerMask;

    /// <summary>The bits of every local name visible from here, this function's and its callers'.</summary>
    private ulong ChainMask
    {
        get
        {
            var mask = Frame.CallerMask;
            for (var s = this; s is not null; s = s.Parent) mask |= s.KeyMask;
            return mask;
        }
    }

    /// <summary>
    /// The local frame of a calling function that holds <paramref name="name"/>, innermost caller
    /// first; null when none does. The callers' name bits answer most misses without a search
    /// (a frame's caller is suspended while it runs, so the bits taken at the call stay true).
    /// </summary>
    public VariableTable? FindCallerLocal(Symbol name)
    {
        var frame = Frame;
        if ((frame.CallerMask & name.Bit) == 0) return null;
        for (var caller = frame.Caller; caller is not null; caller = caller.Frame.Caller)
        {
            if (caller.FindLocal(name) is { } found) return found;
        }
        return null;
    }

    /// <summary>
    /// True when an unscoped name with <paramref name="bit"/> cannot be a local here or a caller's
    /// local, and the scope is not a method's (no members to look at): the name then means a
    /// variable of Here or a global. A frame with no enclosing block answers with its own name
    /// bits and its callers', so that a global read in a function or at script level skips the
    /// search (a frame's caller is suspended while it runs, so the callers' bits stay true).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool ReachesHereDirectly(ulong bit) => Parent is null && _this is null && ((KeyMask | CallerMask) & bit) == 0;

    /// <summary>
    /// The object of a method's own frame (no enclosing Local block) when a name with
    /// <paramref name="bit"/> cannot be one of the frame's locals, so that the name means the
    /// object's member if it has one (the lookup's next step); null anywhere else.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Classes.ClassObject? MemberOwnerFor(ulong bit) => _this is { } self && Parent is null && (KeyMask & bit) == 0 ? self : null;

    /// <summary>This frame's local variables; null at script level.</summary>
    public VariableTable? Locals => _hasLocals ? this : null;

    /// <summary>The namespace unscoped names fall back to (the script's Here, or globals).</summary>
    public NamespaceValue Here { get; set; }

    /// <summary>True when unscoped names assigned here become locals (<c>{Default Local}</c>).</summary>
    public bool DefaultLocal { get; private set; }

    /// <summary>
    /// The top-level script file being run (the base of relative paths outside included files):
    /// stored only in a scope with neither caller nor parent, and otherwise the caller's or the
    /// parent's, which cannot change (a function call need not store it).
    /// </summary>
    public string ScriptPath
    {
        get
        {
            // A loop, not a recursion: the chain is as deep as the script's recursion.
            var s = this;
            while (s._scriptPath is null) s = (s.Caller ?? s.Parent)!;
            return s._scriptPath;
        }
    }

    private readonly string? _scriptPath;

    /// <summary>The scope at the top level of a script.</summary>
    public static Scope ForScript(NamespaceValue here, string scriptPath) => new(null, false, 0, here, false, scriptPath);

    /// <summary>The user function whose call made this frame (null for Local blocks and script level).</summary>
    public FunctionValue? Function { get; private set; }

    /// <summary>The function being run here (for <c>Recurse</c>), found through enclosing Local blocks.</summary>
    public FunctionValue? EnclosingFunction
    {
        get
        {
            for (var s = this; s is not null; s = s.Parent)
            {
                if (s.Function is not null) return s.Function;
            }
            return null;
        }
    }

    /// <summary>A new frame for a function call: its own locals, resolving into the function's home namespace.</summary>
    public Scope NewFunctionFrame(FunctionValue function) => new(this, function, null, function.DefaultLocal);

    /// <summary>A new frame for a function run with no caller whose locals it may see (a background callback, a schedule).</summary>
    public Scope NewDetachedFunctionFrame(FunctionValue function) => new(null, true, function.Parameters.Length + function.Locals.Length, function.Home, function.DefaultLocal, ScriptPath, function);

    /// <summary>
    /// A new frame for a method call on <paramref name="self"/>: like a function frame, but
    /// unscoped names also find the object's members (after the method's own locals), and names
    /// it assigns that are neither locals nor members become locals of the method.
    /// </summary>
    public Scope NewMethodFrame(FunctionValue method, Classes.ClassObject self) =>
        new(this, method, self, true);

    /// <summary>The object whose method is running here (through enclosing Local blocks), or null.</summary>
    public Classes.ClassObject? This => _this;

    private Classes.ClassObject? _this;

    /// <summary>A <c>Local(...)</c> block nested in this scope.</summary>
    public Scope NewLocalBlock() => new(this, true, 0, Here, false, null);

    /// <summary>Finds the local frame that holds <paramref name="name"/>, or null.</summary>
    public VariableTable? FindLocal(Symbol name)
    {
        // A scope without locals has no names, so its mask is zero; a frame's mask answers most
        // misses (a global read inside a function) without searching its entries.
        var bit = name.Bit;
        for (var s = this; s is not null; s = s.Parent)
        {
            if ((s.KeyMask & bit) != 0 && s.Contains(name)) return s;
        }
        return null;
    }

    /// <summary>The value of <paramref name="name"/> in the innermost local frame that holds it, or null.</summary>
    public Value? FindLocalValue(Symbol name)
    {
        var bit = name.Bit;
        for (var s = this; s is not null; s = s.Parent)
        {
            if ((s.KeyMask & bit) != 0 && s.TryGet(name, out var value)) return value;
        }
        return null;
    }

    /// <summary>The innermost local frame, or null at script level.</summary>
    public VariableTable? InnermostLocals
    {
        get
        {
            for (var s = this; s is not null; s = s.Parent)
            {
                if (s.Locals is not null) return s.Locals;
            }
            return null;
        }
    }

    /// <summary>True when unscoped assignments in this scope create locals.</summary>
    public bool CreatesLocals
    {
        get
        {
            for (var s = this; s is not null; s = s.Parent)
            {
                if (s.DefaultLocal) return true;
            }
            return false;
        }
    }
}
