using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Classes;

/// <summary>
/// An object made by <c>New Object</c>: its class and its own copy of every member (inherited
/// ones first, then the class's own), methods included. A reference value: assigning it shares
/// the object; <c>&lt;&lt; Clone</c> copies it.
/// </summary>
public sealed class ClassObject : Value
{
    private HashSet<Symbol>? _lockedNames;
    private bool _methodsLocked;

    internal ClassObject(ClassDefinition definition, Evaluation.Interpreter interpreter, Scope creator)
    {
        Class = definition;
        Interpreter = interpreter;
        Creator = creator;
    }

    /// <summary>The class the object was made from.</summary>
    public ClassDefinition Class { get; }

    /// <summary>The object's members (member values and methods).</summary>
    public VariableTable Members { get; } = new();

    /// <summary>The interpreter that made the object (its printed form may run its <c>_show_</c> method).</summary>
    internal Evaluation.Interpreter Interpreter { get; }

    /// <summary>The scope the object was made in (for the script path of methods run while printing).</summary>
    internal Scope Creator { get; }

    /// <inheritdoc/>
    public override string TypeName => "Class";

    /// <summary>True when <paramref name="name"/> may not be added, changed or removed.</summary>
    public bool IsLocked(Symbol name)
    {
        if (_lockedNames is not null && _lockedNames.Contains(name)) return true;
        return _methodsLocked && Members.TryGet(name, out var value) && value is FunctionValue;
    }

    /// <summary>Locks the methods (no names) or the named members.</summary>
    public void Lock(IReadOnlyList<Symbol> names)
    {
        if (names.Count == 0)
        {
            _methodsLocked = true;
            return;
        }
        _lockedNames ??= new HashSet<Symbol>(ReferenceEqualityComparer.Instance);
        foreach (var name in names) _lockedNames.Add(name);
    }

    /// <summary>Unlocks everything (no names) or the named members.</summary>
    public void Unlock(IReadOnlyList<Symbol> names)
    {
        if (names.Count == 0)
        {
            _methodsLocked = false;
            _lockedNames = null;
            return;
        }
        if (_lockedNames is null) return;
        foreach (var name in names) _lockedNames.Remove(name);
    }

    /// <summary>Stores a member, unless it is locked (an error at <paramref name="at"/>).</summary>
    public void SetMember(Symbol name, Value value, Node? at)
    {
        if (IsLocked(name)) throw LockedError(name, at);
        Members.Set(name, value);
    }

    /// <summary>Removes a member, unless it is locked; true when it existed.</summary>
    public bool RemoveMember(Symbol name, Node? at)
    {
        if (IsLocked(name)) throw LockedError(name, at);
        return Members.Remove(name);
    }

    private JslRuntimeError LockedError(Symbol name, Node? at) => new($"Member '{name.Text}' of class \"{Class.Name}\" is locked", at);

    /// <summary>A new object of the same class with copies of every member.</summary>
    public ClassObject Clone()
    {
        var copy = new ClassObject(Class, Interpreter, Creator);
        foreach (var (name, value) in Members.Entries) copy.Members.Set(name, value.CopyForAssignment());
        return copy;
    }
}
