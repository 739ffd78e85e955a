using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Scopes;

/// <summary>Variables by interned name (symbols compare by reference, so lookups hash a pointer, not a string).</summary>
public sealed class VariableTable
{
    private readonly Dictionary<Symbol, Value> _values = new(ReferenceEqualityComparer.Instance);

    /// <summary>Number of variables.</summary>
    public int Count => _values.Count;

    /// <summary>Looks a variable up.</summary>
    public bool TryGet(Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value) => _values.TryGetValue(name, out value);

    /// <summary>Creates or replaces a variable.</summary>
    public void Set(Symbol name, Value value) => _values[name] = value;

    /// <summary>True when the variable exists.</summary>
    public bool Contains(Symbol name) => _values.ContainsKey(name);

    /// <summary>Removes a variable; true when it existed.</summary>
    public bool Remove(Symbol name) => _values.Remove(name);

    /// <summary>The variables, in no particular order.</summary>
    public IEnumerable<KeyValuePair<Symbol, Value>> Entries => _values;

    /// <summary>Removes every variable.</summary>
    public void Clear() => _values.Clear();
}
