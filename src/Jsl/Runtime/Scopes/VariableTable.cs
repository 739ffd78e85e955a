using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Variables by interned name (symbols compare by reference). Function frames usually hold a
/// handful of names, so small tables are two short arrays searched linearly — no dictionary is
/// allocated per call — and only a table that grows past <see cref="InlineLimit"/> moves to a
/// dictionary.
/// </summary>
public sealed class VariableTable
{
    private const int InlineLimit = 8;

    private Entry[]? _entries;
    private int _count;

    private struct Entry
    {
        public Symbol Name;
        public Value Value;
    }

    /// <summary>Creates an empty table.</summary>
    public VariableTable()
    {
    }

    /// <summary>Creates a table with room for <paramref name="capacity"/> variables before it grows.</summary>
    public VariableTable(int capacity)
    {
        if (capacity > 0) _entries = new Entry[Math.Min(capacity, InlineLimit)];
    }
    private Dictionary<Symbol, Value>? _dictionary;

    /// <summary>Number of variables.</summary>
    public int Count => _dictionary?.Count ?? _count;

    /// <summary>Looks a variable up.</summary>
    public bool TryGet(Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value)
    {
        if (_dictionary is not null) return _dictionary.TryGetValue(name, out value);
        var entries = _entries;
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(entries![i].Name, name))
            {
                value = entries[i].Value;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Creates or replaces a variable.</summary>
    public void Set(Symbol name, Value value)
    {
        if (_dictionary is not null)
        {
            _dictionary[name] = value;
            return;
        }
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_entries![i].Name, name))
            {
                _entries[i].Value = value;
                return;
            }
        }
        if (_count == InlineLimit)
        {
            _dictionary = new Dictionary<Symbol, Value>(InlineLimit * 2, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _count; i++) _dictionary[_entries![i].Name] = _entries[i].Value;
            _dictionary[name] = value;
            _entries = null;
            _count = 0;
            return;
        }
        if (_entries is null || _count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries is null ? 2 : Math.Min(_entries.Length * 2, InlineLimit));
        }
        _entries[_count].Name = name;
        _entries[_count].Value = value;
        _count++;
    }

    /// <summary>True when the variable exists.</summary>
    public bool Contains(Symbol name) => TryGet(name, out _);

    /// <summary>Removes a variable; true when it existed.</summary>
    public bool Remove(Symbol name)
    {
        if (_dictionary is not null) return _dictionary.Remove(name);
        for (var i = 0; i < _count; i++)
        {
            if (!ReferenceEquals(_entries![i].Name, name)) continue;
            _count--;
            _entries[i] = _entries[_count];
            _entries[_count] = default;
            return true;
        }
        return false;
    }

    /// <summary>The variables, in no particular order.</summary>
    public IEnumerable<KeyValuePair<Symbol, Value>> Entries
    {
        get
        {
            if (_dictionary is not null) return _dictionary;
            var list = new List<KeyValuePair<Symbol, Value>>(_count);
            for (var i = 0; i < _count; i++) list.Add(new(_entries![i].Name, _entries[i].Value));
            return list;
        }
    }

    /// <summary>Removes every variable.</summary>
    public void Clear()
    {
        _dictionary = null;
        _entries = null;
        _count = 0;
    }
}
