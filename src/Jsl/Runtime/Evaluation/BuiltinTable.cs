using Jsl.Runtime.Evaluation.Messages;
using Jsl.Syntax;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// Every built-in function, in one place: filled once at start-up by explicit registration calls
/// (no reflection, so the library stays NativeAOT-friendly) and read by the evaluator and by the
/// generator of the README's function list. An engine puts a table of its own in front of the
/// shared one (<see cref="BuiltinTable(BuiltinTable)"/>) for the functions its host registers.
/// </summary>
internal sealed class BuiltinTable
{
    private readonly Dictionary<Symbol, BuiltinEntry> _entries = new(ReferenceEqualityComparer.Instance);

    // The shared table this one extends, or null for the shared table itself.
    private readonly BuiltinTable? _parent;

    /// <summary>An empty table.</summary>
    public BuiltinTable()
    {
        Messages = new MessageTable();
    }

    /// <summary>
    /// A table whose own entries come before <paramref name="parent"/>'s (which it never changes):
    /// messages and the unavailable names are the parent's.
    /// </summary>
    public BuiltinTable(BuiltinTable parent)
    {
        _parent = parent;
        Messages = parent.Messages;
    }

    /// <summary>Registers <paramref name="body"/> under <paramref name="displayName"/>; aliases share the body.</summary>
    public void Add(string category, string displayName, Builtin body)
    {
        var symbol = Symbol.Intern(displayName);
        if (Find(symbol) is not null) throw new InvalidOperationException($"built-in '{displayName}' registered twice");
        _entries[symbol] = new BuiltinEntry(symbol, displayName, category, body);
    }

    /// <summary>Attaches a preparer of fast executables to the built-in registered as <paramref name="displayName"/>.</summary>
    internal void SetPreparer(string displayName, CallPreparer preparer) =>
        (Find(Symbol.Intern(displayName)) ?? throw new InvalidOperationException($"built-in '{displayName}' is not registered")).Preparer = preparer;

    /// <summary>Makes the built-in registered as <paramref name="displayName"/> assignable: <c>f(...) = value</c> calls <paramref name="assigner"/>.</summary>
    internal void SetAssigner(string displayName, Action<CallContext, Values.Value> assigner) =>
        (Find(Symbol.Intern(displayName)) ?? throw new InvalidOperationException($"built-in '{displayName}' is not registered")).Assigner = assigner;

    /// <summary>Finds a built-in by name.</summary>
    public BuiltinEntry? Find(Symbol name) =>
        _entries.Count != 0 && _entries.TryGetValue(name, out var own) ? own : _parent?.Find(name);

    /// <summary>Every <c>&lt;&lt;</c> message, by receiver kind.</summary>
    public MessageTable Messages { get; }

    private readonly Dictionary<Symbol, string> _unavailable = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records a JMP function jsl does not provide, so that calling it says so instead of "Name Unresolved".</summary>
    public void AddUnavailable(string displayName) => _unavailable[Symbol.Intern(displayName)] = displayName;

    /// <summary>The Index's spelling of a JMP function jsl knows of but does not provide; null for any other name.</summary>
    public string? UnavailableName(Symbol name) =>
        _entries.ContainsKey(name) ? null : _parent is not null ? _parent.UnavailableName(name) : _unavailable.GetValueOrDefault(name);

    /// <summary>All built-ins, this table's own and then its parent's.</summary>
    public IEnumerable<BuiltinEntry> Entries => _parent is null ? _entries.Values : _entries.Values.Concat(_parent.Entries);
}
