using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Where unscoped names are looked up and created while evaluating: a chain of local frames
/// (a function call, <c>Local(...)</c> blocks inside it), then the script's Here namespace, then
/// globals. A function's frame chain ends at the function: JSL functions see their own locals and
/// the namespace they were defined in, not their caller's locals.
/// A frame is itself the table of its local variables, so that a function call allocates one
/// object; the script-level scope has none (<see cref="Locals"/> is null there).
/// </summary>
public sealed class Scope : VariableTable
{
    private readonly bool _hasLocals;

    private Scope(Scope? parent, bool hasLocals, int capacity, NamespaceValue here, bool defaultLocal, string scriptPath, FunctionValue? function = null, Classes.ClassObject? self = null)
        : base(capacity)
    {
        Function = function;
        This = self ?? parent?.This;
        Parent = parent;
        _hasLocals = hasLocals;
        Here = here;
        DefaultLocal = defaultLocal;
        ScriptPath = scriptPath;
    }

    /// <summary>The enclosing local frame within the same function, or null.</summary>
    public Scope? Parent { get; }

    /// <summary>This frame's local variables; null at script level.</summary>
    public VariableTable? Locals => _hasLocals ? this : null;

    /// <summary>The namespace unscoped names fall back to (the script's Here, or globals).</summary>
    public NamespaceValue Here { get; set; }

    /// <summary>True when unscoped names assigned here become locals (<c>{Default Local}</c>).</summary>
    public bool DefaultLocal { get; }

    /// <summary>The top-level script file being run (the base of relative paths outside included files).</summary>
    public string ScriptPath { get; }

    /// <summary>The scope at the top level of a script.</summary>
    public static Scope ForScript(NamespaceValue here, string scriptPath) => new(null, false, 0, here, false, scriptPath);

    /// <summary>The user function whose call made this frame (null for Local blocks and script level).</summary>
    public FunctionValue? Function { get; }

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
    public Scope NewFunctionFrame(FunctionValue function) => new(null, true, function.Parameters.Length + function.Locals.Length, function.Home, function.DefaultLocal, ScriptPath, function);

    /// <summary>
    /// A new frame for a method call on <paramref name="self"/>: like a function frame, but
    /// unscoped names also find the object's members (after the method's own locals), and names
    /// it assigns that are neither locals nor members become locals of the method.
    /// </summary>
    public Scope NewMethodFrame(FunctionValue method, Classes.ClassObject self) =>
        new(null, true, method.Parameters.Length + method.Locals.Length, method.Home, true, ScriptPath, method, self);

    /// <summary>The object whose method is running here (through enclosing Local blocks), or null.</summary>
    public Classes.ClassObject? This { get; }

    /// <summary>A <c>Local(...)</c> block nested in this scope.</summary>
    public Scope NewLocalBlock() => new(this, true, 0, Here, false, ScriptPath);

    /// <summary>Finds the local frame that holds <paramref name="name"/>, or null.</summary>
    public VariableTable? FindLocal(Symbol name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s.Locals is not null && s.Locals.Contains(name)) return s.Locals;
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
