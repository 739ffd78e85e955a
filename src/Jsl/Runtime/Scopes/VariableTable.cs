using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Variables by interned name (symbols compare by reference). Function frames usually hold a
/// handful of names, so small tables are two short arrays searched linearly — no dictionary is
/// allocated per call — and only a table that grows past <see cref="InlineLimit"/> moves to a
/// dictionary of <see cref="VariableCell"/>s, which prepared names may remember.
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
    private Dictionary<Symbol, VariableCell>? _dictionary;

    /// <summary>Number of variables.</summary>
    public int Count => _dictionary?.Count ?? _count;

    /// <summary>
    /// The cell of a variable, or null when there is none; a small table moves to cells first
    /// (only namespaces are asked, and they are usually large).
    /// </summary>
    internal VariableCell? FindCell(Symbol name)
    {
        if (_dictionary is null) MoveToDictionary();
        return _dictionary!.GetValueOrDefault(name);
    }

    /// <summary>Looks a variable up.</summary>
    public bool TryGet(Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value)
    {
        if (_dictionary is not null)
        {
            if (_dictionary.TryGetValue(name, out var cell))
            {
                value = cell.Value!;
                return true;
            }
            value = null;
            return false;
        }
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
            SetCell(name, value);
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
            MoveToDictionary();
            SetCell(name, value);
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

    private void SetCell(Symbol name, Value value)
    {
        ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_dictionary!, name, out var existed);
        if (existed) cell!.Value = value;
        else cell = new VariableCell(this, value);
    }

    private void MoveToDictionary()
    {
        _dictionary = new Dictionary<Symbol, VariableCell>(InlineLimit * 2, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _count; i++) _dictionary[_entries![i].Name] = new VariableCell(this, _entries[i].Value);
        _entries = null;
        _count = 0;
    }

    /// <summary>True when the variable exists.</summary>
    public bool Contains(Symbol name) => TryGet(name, out _);

    /// <summary>Removes a variable; true when it existed.</summary>
    public bool Remove(Symbol name)
    {
        if (_dictionary is not null)
        {
            if (!_dictionary.Remove(name, out var removed)) return false;
            removed.Detach();
            return true;
        }
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
            if (_dictionary is not null) return _dictionary.Select(static e => new KeyValuePair<Symbol, Value>(e.Key, e.Value.Value!));
            var list = new List<KeyValuePair<Symbol, Value>>(_count);
            for (var i = 0; i < _count; i++) list.Add(new(_entries![i].Name, _entries[i].Value));
            return list;
        }
    }

    /// <summary>Removes every variable.</summary>
    public void Clear()
    {
        if (_dictionary is not null)
        {
            foreach (var cell in _dictionary.Values) cell.Detach();
        }
        _dictionary = null;
        _entries = null;
        _count = 0;
    }
}
