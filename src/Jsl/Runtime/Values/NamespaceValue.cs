using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Values;

/// <summary>
/// A namespace: a named table of variables (<c>Here</c>, <c>Global</c>, one made with
/// <c>New Namespace</c>, or a function's locals seen through <c>Namespace("local")</c>). A
/// reference value: copies share the table. It can be locked as a whole or name by name
/// (<c>&lt;&lt; Lock Namespace</c>, <c>Lock Globals</c>), and deleted.
/// </summary>
internal sealed class NamespaceValue : Value
{
    private bool _lockedWhole;
    private HashSet<Symbol>? _lockedNames;
    private Dictionary<Symbol, string>? _spellings;

    /// <summary>A namespace with a new, empty table.</summary>
    public NamespaceValue(string name) : this(name, new VariableTable())
    {
    }

    /// <summary>A namespace over an existing table (a function frame's locals).</summary>
    public NamespaceValue(string name, VariableTable variables)
    {
        Name = name;
        Variables = variables;
    }

    /// <summary>The namespace's name (<c>#3</c> for an anonymous one).</summary>
    public string Name { get; }

    /// <summary>Its variables.</summary>
    public VariableTable Variables { get; }

    /// <summary>True once deleted (<c>Delete Namespaces</c>, <c>&lt;&lt; Delete</c>): its members are gone.</summary>
    public bool IsDeleted { get; private set; }

    /// <summary>
    /// True when some or all of its names are locked: a field kept in step by the lock methods,
    /// not computed, because every assignment to a script variable asks it (the two tests it
    /// replaces cost about 20 instructions per assignment in a loop, measured under callgrind).
    /// </summary>
    public bool HasLocks { get; private set; }

    private void UpdateHasLocks() => HasLocks = _lockedWhole || _lockedNames is { Count: > 0 };

    /// <inheritdoc/>
    public override string TypeName => "Namespace";

    /// <summary>
    /// Creates or replaces a member, remembering how a new one was spelled: names match ignoring
    /// case and spaces, but <c>Get Keys</c> lists a member as it was first written here
    /// (<c>"X"</c> after <c>Insert("X", 1)</c>, even if the script wrote <c>x</c> elsewhere first).
    /// </summary>
    public void Define(Symbol name, string spelling, Value value)
    {
        if (!Variables.Contains(name)) RememberSpelling(name, spelling);
        Variables.Set(name, value);
    }

    /// <summary>Records <paramref name="spelling"/> for a member being created.</summary>
    public void RememberSpelling(Symbol name, string spelling)
    {
        if (string.Equals(spelling, name.Text, StringComparison.Ordinal)) _spellings?.Remove(name);
        else (_spellings ??= new(ReferenceEqualityComparer.Instance))[name] = spelling;
    }

    /// <summary>How member <paramref name="name"/> is written in this namespace's key lists.</summary>
    public string SpellingOf(Symbol name) => _spellings is not null && _spellings.TryGetValue(name, out var spelling) ? spelling : name.Text;

    /// <summary>True when <paramref name="name"/> may not be added, changed or removed.</summary>
    public bool IsLocked(Symbol name) => _lockedWhole || (_lockedNames?.Contains(name) ?? false);

    /// <summary>Locks every name, present and future.</summary>
    public void LockAll()
    {
        _lockedWhole = true;
        UpdateHasLocks();
    }

    /// <summary>Locks one name.</summary>
    public void Lock(Symbol name)
    {
        (_lockedNames ??= new(ReferenceEqualityComparer.Instance)).Add(name);
        UpdateHasLocks();
    }

    /// <summary>Unlocks every name.</summary>
    public void UnlockAll()
    {
        _lockedWhole = false;
        _lockedNames = null;
        UpdateHasLocks();
    }

    /// <summary>
    /// Unlocks one name. Decision: unlocking a name of a namespace locked as a whole leaves the
    /// whole lock in place (only <c>Unlock Namespace()</c> with no names lifts it).
    /// </summary>
    public void Unlock(Symbol name)
    {
        _lockedNames?.Remove(name);
        UpdateHasLocks();
    }

    /// <summary>
    /// Throws the JSL error for changing a locked name, at <paramref name="at"/>; the name is shown
    /// as <paramref name="spelling"/>, else as written at <paramref name="at"/>, else as the member is listed.
    /// Decision: JMP's wording is not documented; ours names the variable and the namespace.
    /// </summary>
    public void RequireWritable(Symbol name, Node? at, string? spelling = null)
    {
        if (IsDeleted) throw Deleted(at);
        if (!HasLocks || !IsLocked(name)) return;
        spelling ??= at is NameNode written && ReferenceEquals(written.Symbol, name) ? written.Text : SpellingOf(name);
        throw new JslRuntimeError($"Cannot change '{spelling}': it is locked in namespace \"{Name}\"", at);
    }

    /// <summary>Deletes the namespace: its variables go, and later use of a reference to it is an error.</summary>
    public void Delete()
    {
        IsDeleted = true;
        Variables.Clear();
    }

    /// <summary>The error for using a deleted namespace.</summary>
    public JslRuntimeError Deleted(Node? at) => new($"Namespace \"{Name}\" has been deleted", at);
}
