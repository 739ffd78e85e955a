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

    private Symbol[]? _names;
    private Value[]? _values;
    private int _count;
    private Dictionary<Symbol, Value>? _dictionary;

    /// <summary>Number of variables.</summary>
    public int Count => _dictionary?.Count ?? _count;

    /// <summary>Looks a variable up.</summary>
    public bool TryGet(Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value)
    {
        if (_dictionary is not null) return _dictionary.TryGetValue(name, out value);
        var names = _names;
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(names![i], name))
            {
                value = _values![i];
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
            if (ReferenceEquals(_names![i], name))
            {
                _values![i] = value;
                return;
            }
        }
        if (_count == InlineLimit)
        {
            _dictionary = new Dictionary<Symbol, Value>(InlineLimit * 2, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _count; i++) _dictionary[_names![i]] = _values![i];
            _dictionary[name] = value;
            _names = null;
            _values = null;
            _count = 0;
            return;
        }
        if (_names is null || _count == _names.Length)
        {
            var size = _names is null ? 2 : _names.Length * 2;
            Array.Resize(ref _names, size);
            Array.Resize(ref _values, size);
        }
        _names[_count] = name;
        _values![_count] = value;
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
            if (!ReferenceEquals(_names![i], name)) continue;
            _count--;
            _names[i] = _names[_count];
            _values![i] = _values[_count];
            _names[_count] = null!;
            _values[_count] = null!;
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
            for (var i = 0; i < _count; i++) list.Add(new(_names![i], _values![i]));
            return list;
        }
    }

    /// <summary>Removes every variable.</summary>
    public void Clear()
    {
        _dictionary = null;
        _names = null;
        _values = null;
        _count = 0;
    }
}
