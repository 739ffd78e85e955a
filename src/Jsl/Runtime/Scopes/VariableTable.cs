using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Variables by interned name (symbols compare by reference). Function frames usually hold a
/// handful of names, so a small table keeps its first two entries in its own fields and the next
/// ones in a short array, searched linearly: a call of a function with one or two parameters
/// allocates no array, let alone a dictionary. Only a table that grows past
/// <see cref="InlineLimit"/> moves to a dictionary of <see cref="VariableCell"/>s, which prepared
/// names may remember.
/// </summary>
internal class VariableTable
{
    private const int InlineLimit = 8;
    private const int FieldEntries = 2;

    private Entry _first;
    private Entry _second;
    private Entry[]? _more;
    private int _count;
    private Dictionary<Symbol, VariableCell>? _dictionary;

    /// <summary>The OR of the <see cref="Symbol.Bit"/>s of every name ever added (removals leave their bits): zero bits mean absent names.</summary>
    internal ulong KeyMask;

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
        if (capacity > FieldEntries) _more = new Entry[Math.Min(capacity, InlineLimit) - FieldEntries];
    }

    /// <summary>
    /// A table holding the same variables as <paramref name="source"/> (a class's members, copied
    /// into each new object): the entries are copied as they lie, without adding them one by one;
    /// a table of cells gets cells of its own.
    /// </summary>
    internal VariableTable(VariableTable source)
    {
        KeyMask = source.KeyMask;
        if (source._dictionary is not null)
        {
            _dictionary = new Dictionary<Symbol, VariableCell>(source._dictionary.Count, ReferenceEqualityComparer.Instance);
            foreach (var (name, cell) in source._dictionary) _dictionary[name] = new VariableCell(this, cell.Value!);
            return;
        }
        _first = source._first;
        _second = source._second;
        _count = source._count;
        if (source._more is not null) _more = (Entry[])source._more.Clone();
    }

    /// <summary>Number of variables.</summary>
    public int Count => _dictionary?.Count ?? _count;

    private ref Entry At(int index)
    {
        if (index == 0) return ref _first;
        if (index == 1) return ref _second;
        return ref _more![index - FieldEntries];
    }

    /// <summary>
    /// The cell of a variable, or null when there is none; a small table moves to cells first
    /// (only namespaces are asked, and they are usually large).
    /// </summary>
    internal VariableCell? FindCell(Symbol name)
    {
        if (_dictionary is null) MoveToDictionary();
        return _dictionary!.GetValueOrDefault(name);
    }

    /// <summary>
    /// Looks a variable up in the first entry only (a function's first parameter), cheaply enough to
    /// be inlined; false says nothing about the other entries.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryGetFirst(Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value)
    {
        // A table that moved to a dictionary has a count of 0.
        if (_count > 0 && ReferenceEquals(_first.Name, name))
        {
            value = _first.Value;
            return true;
        }
        value = null;
        return false;
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
        var count = _count;
        if (count > 0 && ReferenceEquals(_first.Name, name))
        {
            value = _first.Value;
            return true;
        }
        if (count > 1 && ReferenceEquals(_second.Name, name))
        {
            value = _second.Value;
            return true;
        }
        for (var i = FieldEntries; i < count; i++)
        {
            ref var entry = ref _more![i - FieldEntries];
            if (ReferenceEquals(entry.Name, name))
            {
                value = entry.Value;
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
            ref var entry = ref At(i);
            if (ReferenceEquals(entry.Name, name))
            {
                entry.Value = value;
                return;
            }
        }
        if (_count == InlineLimit)
        {
            MoveToDictionary();
            SetCell(name, value);
            return;
        }
        if (_count >= FieldEntries)
        {
            var room = _count - FieldEntries;
            if (_more is null || room == _more.Length)
            {
                Array.Resize(ref _more, _more is null ? 2 : Math.Min(_more.Length * 2, InlineLimit - FieldEntries));
            }
        }
        ref var added = ref At(_count);
        added.Name = name;
        added.Value = value;
        _count++;
        KeyMask |= name.Bit;
    }

    /// <summary>Replaces the value of an existing variable; false (and nothing stored) when there is none.</summary>
    internal bool TryReplace(Symbol name, Value value)
    {
        if (_dictionary is not null)
        {
            if (!_dictionary.TryGetValue(name, out var cell)) return false;
            cell.Value = value;
            return true;
        }
        for (var i = 0; i < _count; i++)
        {
            ref var entry = ref At(i);
            if (!ReferenceEquals(entry.Name, name)) continue;
            entry.Value = value;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Adds a variable known not to be in the table yet (a function's parameters and locals,
    /// which are distinct names, into its new frame).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void AddNew(Symbol name, Value value)
    {
        if (_dictionary is null && _count < FieldEntries)
        {
            ref var added = ref At(_count);
            // A reused frame usually holds this name here already (see TryEmptyForReuse).
            if (!ReferenceEquals(added.Name, name)) added.Name = name;
            added.Value = value;
            _count++;
            KeyMask |= name.Bit;
            return;
        }
        Set(name, value);
    }

    /// <summary>
    /// Adds the first variable of a table that is empty and small (a frame just rented from the
    /// pool or made: its first parameter), without the tests <see cref="AddNew"/> makes.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void BindFirstOfEmpty(Symbol name, Value value)
    {
        System.Diagnostics.Debug.Assert(_count == 0 && _dictionary is null, "a rented frame is empty");
        // A reused frame usually holds this name here already (see TryEmptyForReuse).
        if (!ReferenceEquals(_first.Name, name)) _first.Name = name;
        _first.Value = value;
        _count = 1;
        KeyMask = name.Bit;
    }

    private void SetCell(Symbol name, Value value)
    {
        ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_dictionary!, name, out var existed);
        if (existed) cell!.Value = value;
        else
        {
            cell = new VariableCell(this, value);
            KeyMask |= name.Bit;
        }
    }

    private void MoveToDictionary()
    {
        _dictionary = new Dictionary<Symbol, VariableCell>(InlineLimit * 2, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _count; i++)
        {
            ref var entry = ref At(i);
            _dictionary[entry.Name] = new VariableCell(this, entry.Value);
        }
        _first = default;
        _second = default;
        _more = null;
        _count = 0;
    }

    /// <summary>
    /// Looks a variable up at entry <paramref name="slot"/> of a small table only (a slot remembered
    /// from <see cref="SlotOf"/>, which a removal or the move to cells may have made wrong): false
    /// says nothing about the other entries.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryGetAt(int slot, Symbol name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Value? value)
    {
        // A table that moved to a dictionary has a count of 0, so no slot fits it (ValueAt's range test).
        value = ValueAt(slot, name);
        return value is not null;
    }

    /// <summary>The value at entry <paramref name="slot"/> when that entry is <paramref name="name"/>'s, else null (see <see cref="TryGetAt"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Value? ValueAt(int slot, Symbol name)
    {
        if ((uint)slot < (uint)_count)
        {
            ref var entry = ref At(slot);
            if (ReferenceEquals(entry.Name, name)) return entry.Value;
        }
        return null;
    }

    /// <summary>Replaces the value at entry <paramref name="slot"/> when that entry is <paramref name="name"/>'s (see <see cref="TryGetAt"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryReplaceAt(int slot, Symbol name, Value value)
    {
        if ((uint)slot < (uint)_count)
        {
            ref var entry = ref At(slot);
            if (ReferenceEquals(entry.Name, name))
            {
                entry.Value = value;
                return true;
            }
        }
        return false;
    }

    /// <summary>The entry of <paramref name="name"/> in a small table, for <see cref="TryGetAt"/>; -1 when it has none or the table moved to cells.</summary>
    internal int SlotOf(Symbol name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(At(i).Name, name)) return i;
        }
        return -1;
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
            if (!ReferenceEquals(At(i).Name, name)) continue;
            _count--;
            At(i) = At(_count);
            At(_count) = default;
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
            for (var i = 0; i < _count; i++) list.Add(new(At(i).Name, At(i).Value));
            return list;
        }
    }

    /// <summary>True for a small table with no variables (as <see cref="TryEmptyForReuse"/> leaves it).</summary>
    internal bool IsEmptied => _count == 0 && _dictionary is null;

    /// <summary>
    /// Empties a small table for reuse, keeping its array of further entries; false (and nothing
    /// changed) for a table that moved to cells, which someone may have remembered.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool TryEmptyForReuse()
    {
        if (_dictionary is not null) return false;
        // The values are dropped so that a free frame keeps nothing alive (nulls need no write
        // barrier); the names are kept, interned symbols that the next call of the same function
        // writes again only if they differ (AddNew).
        _first.Value = null!;
        _second.Value = null!;
        if (_count > FieldEntries) Array.Clear(_more!, 0, _count - FieldEntries);
        _count = 0;
        KeyMask = 0;
        return true;
    }

    /// <summary>Removes every variable.</summary>
    public void Clear()
    {
        if (_dictionary is not null)
        {
            foreach (var cell in _dictionary.Values) cell.Detach();
        }
        _dictionary = null;
        _first = default;
        _second = default;
        _more = null;
        _count = 0;
    }
}
