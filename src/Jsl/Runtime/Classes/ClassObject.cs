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
internal sealed class ClassObject : Value
{
    // Member names in the order they were added, spelled as written (symbols fold case and spaces);
    // every change of Members goes through this class so the order stays right after removals.
    // Objects made from a template share its list until their members change (KeysToChange).
    private List<KeyValuePair<Symbol, string>> _keys;
    private bool _sharesKeys;
    private HashSet<Symbol>? _lockedNames;
    private bool _allLocked;

    internal ClassObject(ClassDefinition definition, Evaluation.Interpreter interpreter, Scope creator)
    {
        Class = definition;
        Interpreter = interpreter;
        Creator = creator;
        _keys = [];
        Members = new();
    }

    /// <summary>A new object with the members of <paramref name="template"/> (each object its own copy of them).</summary>
    internal ClassObject(ClassTemplate template, Evaluation.Interpreter interpreter, Scope creator)
    {
        Class = template.Definition;
        Interpreter = interpreter;
        Creator = creator;
        _keys = template.Keys;
        _sharesKeys = true;
        Members = template.NewMembers();
    }

    /// <summary>The list of member names, made the object's own before a change.</summary>
    private List<KeyValuePair<Symbol, string>> KeysToChange()
    {
        if (_sharesKeys)
        {
            _keys = [.. _keys];
            _sharesKeys = false;
        }
        return _keys;
    }

    /// <summary>The class the object was made from.</summary>
    public ClassDefinition Class { get; }

    /// <summary>The object's members (member values and methods), for lookups; change them with <see cref="SetMember"/>, <see cref="RemoveMember"/>, <see cref="Clear"/>.</summary>
    public VariableTable Members { get; }

    /// <summary>The members in order, with their names as written.</summary>
    public IEnumerable<(string Text, Symbol Name, Value Value)> OrderedMembers =>
        _keys.Select(k => (k.Value, k.Key, Members.TryGet(k.Key, out var v) ? v : EmptyValue.Instance));

    /// <summary>Adds or replaces a member without checking locks (copying a class's members into a new object).</summary>
    internal void Put(Symbol name, string text, Value value)
    {
        if (!Members.Contains(name)) KeysToChange().Add(new(name, text));
        Members.Set(name, value);
    }

    /// <summary>Removes every member (<c>&lt;&lt; Delete</c>).</summary>
    public void Clear()
    {
        Members.Clear();
        KeysToChange().Clear();
    }

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
        return _allLocked;
    }

    /// <summary>
    /// Locks every member (no names) or the named members. Decision: the Scripting Index's Lock Class
    /// says "all method members", but its example then fails to set the data member nObs, so a bare
    /// Lock Class locks data members and methods alike, and none can be added either. A lock belongs to the object
    /// that got <c>&lt;&lt; Lock Class</c> (the Scripting Index sends it to an object); other objects
    /// of the class, and objects made later, are not locked.
    /// </summary>
    public void Lock(IReadOnlyList<Symbol> names)
    {
        if (names.Count == 0)
        {
            _allLocked = true;
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
            _allLocked = false;
            _lockedNames = null;
            return;
        }
        if (_lockedNames is null) return;
        foreach (var name in names) _lockedNames.Remove(name);
    }

    /// <summary>Stores a member, unless it is locked (an error at <paramref name="at"/>).</summary>
    public void SetMember(Symbol name, Value value, Node? at, string? text = null)
    {
        if (IsLocked(name)) throw LockedError(name, at);
        Put(name, text ?? name.Text, value);
    }

    /// <summary>Replaces an existing member (unless it is locked); false when the object has no such member.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryReplaceMember(Symbol name, Value value, Node? at)
    {
        if (_lockedNames is null && !_allLocked && Members.TryReplaceAt(Class.MemberSlot(name), name, value)) return true;
        var slot = -1;
        return TryReplaceMemberSearching(name, value, at, ref slot);
    }

    /// <summary><see cref="TryReplaceMember"/> for a site that remembers its own <paramref name="slot"/> (see <see cref="MemberAt"/>): <c>obj:name = value</c>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryReplaceMemberAt(ref int slot, Symbol name, Value value, Node? at)
    {
        if (_lockedNames is null && !_allLocked && Members.TryReplaceAt(slot, name, value)) return true;
        return TryReplaceMemberSearching(name, value, at, ref slot);
    }

    private bool TryReplaceMemberSearching(Symbol name, Value value, Node? at, ref int slot)
    {
        if (!HasMember(name, out var found)) return false;
        if ((_lockedNames is not null || _allLocked) && IsLocked(name)) throw LockedError(name, at);
        if (found < 0) return Members.TryReplace(name, value);
        slot = found;
        return Members.TryReplaceAt(found, name, value);
    }

    /// <summary>
    /// Looks a member up (a method's unscoped name, <c>obj:name</c>, <c>obj:method( ... )</c>): at
    /// the slot where the class's objects last had it, else by a search that remembers the slot.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryGetMember(Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value)
    {
        if (Members.TryGetAt(Class.MemberSlot(name), name, out value)) return true;
        return TryGetMemberSearching(name, out value);
    }

    private bool TryGetMemberSearching(Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value)
    {
        if (!HasMember(name, out var slot))
        {
            value = null;
            return false;
        }
        return slot >= 0 ? Members.TryGetAt(slot, name, out value) : Members.TryGet(name, out value);
    }

    /// <summary>
    /// A member's value for a site that remembers its own <paramref name="slot"/> (a prepared
    /// <c>obj:m( ... )</c>, <c>obj:name</c>, a member's name in a method): the entry there when it is
    /// the member's, else found by a search that updates the slot; null when the object has none.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Value? MemberAt(ref int slot, Symbol name) => Members.ValueAt(slot, name) ?? FindMember(name, ref slot);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Value? FindMember(Symbol name, ref int slot)
    {
        if (!HasMember(name, out var found)) return null;
        if (found < 0) return Members.TryGet(name, out var inCell) ? inCell : null;
        slot = found;
        return Members.ValueAt(found, name);
    }

    /// <summary>
    /// True when the object has the member; <paramref name="slot"/> is its entry in a small table
    /// (remembered for the class), -1 in a table of cells. A name none of whose bits were ever
    /// added is absent without a search.
    /// </summary>
    private bool HasMember(Symbol name, out int slot)
    {
        slot = -1;
        if ((Members.KeyMask & name.Bit) == 0) return false;
        slot = Members.SlotOf(name);
        if (slot >= 0)
        {
            Class.MemberSlot(name) = (byte)slot;
            return true;
        }
        return Members.Contains(name);
    }

    /// <summary>Removes a member, unless it is locked; true when it existed.</summary>
    public bool RemoveMember(Symbol name, Node? at)
    {
        if (IsLocked(name)) throw LockedError(name, at);
        KeysToChange().RemoveAll(k => ReferenceEquals(k.Key, name));
        return Members.Remove(name);
    }

    private JslRuntimeError LockedError(Symbol name, Node? at) => new($"Member '{TextOf(name)}' of class \"{Class.Name}\" is locked", at);

    /// <summary>A member's name as written.</summary>
    public string TextOf(Symbol name)
    {
        foreach (var key in _keys)
        {
            if (ReferenceEquals(key.Key, name)) return key.Value;
        }
        return name.Text;
    }

    /// <summary>A new object of the same class with copies of every member.</summary>
    public ClassObject Clone()
    {
        var copy = new ClassObject(Class, Interpreter, Creator);
        foreach (var (text, name, value) in OrderedMembers) copy.Put(name, text, value.CopyForAssignment());
        return copy;
    }
}
