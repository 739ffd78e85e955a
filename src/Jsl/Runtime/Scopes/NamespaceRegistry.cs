using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// The run's one map of namespace names (JMP has one, global to the session): named and
/// anonymous namespaces made with <c>New Namespace</c>, in the order they were made.
/// </summary>
/// <remarks>
/// Decision: names match as JSL names do, ignoring case and whitespace, because a namespace
/// name is also written as a name (<c>Add Class:nObs</c>, <c>addclass:nObs</c>); two names that
/// differ only in spacing are one namespace.
/// </remarks>
internal sealed class NamespaceRegistry
{
    private readonly Dictionary<string, NamespaceValue> _byName = new(StringComparer.Ordinal);
    private readonly List<NamespaceValue> _inOrder = [];
    private int _anonymousCount;

    /// <summary>How many namespaces exist.</summary>
    public int Count => _inOrder.Count;

    /// <summary>Every namespace, oldest first.</summary>
    public IReadOnlyList<NamespaceValue> All => _inOrder;

    /// <summary>The namespace named <paramref name="name"/>, or null.</summary>
    public NamespaceValue? Find(string name) => _byName.GetValueOrDefault(Symbol.CanonicalKey(name));

    /// <summary>True when <paramref name="ns"/> is registered (not deleted or replaced).</summary>
    public bool Contains(NamespaceValue ns) => _byName.TryGetValue(Symbol.CanonicalKey(ns.Name), out var found) && ReferenceEquals(found, ns);

    /// <summary>
    /// A name for an anonymous namespace: <c>#1</c>, <c>#2</c>, ... (a name starting with <c>#</c>
    /// marks one as anonymous), never one in use.
    /// </summary>
    public string NewAnonymousName()
    {
        string name;
        do name = $"#{++_anonymousCount}";
        while (_byName.ContainsKey(Symbol.CanonicalKey(name)));
        return name;
    }

    /// <summary>
    /// Registers <paramref name="ns"/>; returns the namespace it replaces under the same name, or null.
    /// </summary>
    public NamespaceValue? Add(NamespaceValue ns)
    {
        var key = Symbol.CanonicalKey(ns.Name);
        var replaced = _byName.GetValueOrDefault(key);
        if (replaced is not null) _inOrder.Remove(replaced);
        _byName[key] = ns;
        _inOrder.Add(ns);
        return replaced;
    }

    /// <summary>Unregisters <paramref name="ns"/>; true when it was registered.</summary>
    public bool Remove(NamespaceValue ns)
    {
        if (!Contains(ns)) return false;
        _byName.Remove(Symbol.CanonicalKey(ns.Name));
        _inOrder.Remove(ns);
        return true;
    }
}
