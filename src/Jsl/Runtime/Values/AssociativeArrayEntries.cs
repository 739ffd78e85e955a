using System.Collections;

namespace Jsl.Runtime.Values;

/// <summary>
/// The entries of an associative array: a hash table for lookups and inserts
/// (<see cref="AssociativeArrayTable"/>), and the keys in sorted order
/// (<see cref="AssociativeArrayValue.KeyComparer"/>) made only when something walks them, then
/// kept until a key is added or removed. Every walk (enumeration, <see cref="Keys"/>,
/// <see cref="Values"/>) is in sorted key order, as a sorted dictionary's would be; a script that
/// only inserts and looks up never pays for sorting.
/// A string key, the common kind, is held as its bare text (a <see cref="string"/>), with no
/// string value kept for it: one object fewer per key for the garbage collector to trace, and a
/// key made by a join (<c>aa["k" || Char( i )]</c>) is stored as the joined text.
/// </summary>
internal sealed class AssociativeArrayEntries : IReadOnlyCollection<KeyValuePair<Value, Value>>
{
    private AssociativeArrayTable _table = new();
    private Value[]? _sortedKeys;
    private int _version;

    /// <summary>Number of keys.</summary>
    public int Count => _table.Count;

    /// <summary>The value under <paramref name="key"/> (getting an absent key throws); setting adds or replaces it.</summary>
    public Value this[Value key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();
        set => Set(key, value);
    }

    /// <summary>
    /// Adds or replaces the value under <paramref name="key"/>: a <see cref="Value"/>, or a string
    /// key's bare text (a <see cref="string"/>, as a joined key is made without a string value).
    /// </summary>
    public void Set(object key, Value value)
    {
        var tableKey = TableKey(key);
        // A list or matrix key is held as its own copy: the variable it came from may be changed
        // in place later (k[1] = 2), which must not change the key (and its hash) under the table.
        if (tableKey is ListValue or MatrixValue) tableKey = ((Value)tableKey).CopyForAssignment();
        ref var slot = ref _table.GetValueRefOrAddDefault(tableKey, out var existed);
        slot = value;
        _version++;
        if (existed) return;
        _sortedKeys = null;
        // An object's place among keys of the same text is the order it first became a key.
        if (tableKey is Value keyValue && IdentityKeys.Applies(keyValue)) IdentityKeys.OrdinalOf(keyValue);
    }

    /// <summary>Looks <paramref name="key"/> up: a <see cref="Value"/> or a string key's bare text, as for <see cref="Set"/>.</summary>
    public bool TryGet(object key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Value value) =>
        _table.TryGetValue(TableKey(key), out value);

    /// <summary>A copy whose values are copied as on assignment.</summary>
    internal AssociativeArrayEntries Clone()
    {
        return new AssociativeArrayEntries
        {
            _table = _table.Clone(static value => value.CopyForAssignment()),
            _sortedKeys = _sortedKeys,
        };
    }

    /// <summary>Looks a key up.</summary>
    public bool TryGetValue(Value key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Value value) => TryGet(key, out value);

    /// <summary>True when the key is present.</summary>
    public bool ContainsKey(Value key) => _table.TryGetValue(TableKey(key), out _);

    /// <summary>Removes a key; true when it was present.</summary>
    public bool Remove(Value key)
    {
        if (!_table.Remove(TableKey(key))) return false;
        _version++;
        _sortedKeys = null;
        return true;
    }

    /// <summary>The key as the table holds it: a string value as its bare text, anything else as it is.</summary>
    private static object TableKey(object key) => key is StringValue text ? text.Value : key;

    /// <summary>The keys in sorted order (a snapshot shared until the next insert or removal; do not modify it).</summary>
    public IReadOnlyList<Value> Keys => SortedKeys();

    /// <summary>The values in the order of their keys.</summary>
    public IEnumerable<Value> Values
    {
        get
        {
            foreach (var entry in this) yield return entry.Value;
        }
    }

    /// <summary>The first key greater than <paramref name="key"/> in sorted order (which need not be present), or null.</summary>
    public Value? KeyAfter(Value key)
    {
        var keys = SortedKeys();
        int low = 0, high = keys.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (AssociativeArrayValue.KeyComparer.Instance.Compare(keys[middle], key) > 0) high = middle;
            else low = middle + 1;
        }
        return low < keys.Length ? keys[low] : null;
    }

    private Value[] SortedKeys()
    {
        if (_sortedKeys is not null) return _sortedKeys;
        // The key order is numbers, then strings, then the rest (KeyComparer): the other keys are
        // sorted on their own and split where the numbers end, and the strings, sorted as plain
        // text (the same ordinal order, without the comparer's type tests per comparison), go between.
        var texts = new string[_table.TextCount];
        var others = new Value[_table.Count - texts.Length];
        _table.CopyKeys(texts, others);
        if (PrintedFormSort.NeedsText(others, AssociativeArrayValue.KeyComparer.Instance)) PrintedFormSort.Sort(others, AssociativeArrayValue.KeyComparer.Instance);
        else Array.Sort(others, AssociativeArrayValue.KeyComparer.Instance);
        var numbers = 0;
        while (numbers < others.Length && others[numbers] is NumberValue) numbers++;
        OrdinalTextSort.Sort(texts);
        var keys = new Value[others.Length + texts.Length];
        Array.Copy(others, keys, numbers);
        // A string value for a key held as text is made only for a walk.
        for (var i = 0; i < texts.Length; i++) keys[numbers + i] = new StringValue(texts[i]);
        Array.Copy(others, numbers, keys, numbers + texts.Length, others.Length - numbers);
        return _sortedKeys = keys;
    }

    /// <summary>The entries in sorted key order; changing the entries while walking them is an error, as for any .NET collection.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<Value, Value>> IEnumerable<KeyValuePair<Value, Value>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the entries in sorted key order.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<Value, Value>>
    {
        private readonly AssociativeArrayEntries _owner;
        private readonly Value[] _keys;
        private readonly int _version;
        private int _index;

        internal Enumerator(AssociativeArrayEntries owner)
        {
            _owner = owner;
            _keys = owner.SortedKeys();
            _version = owner._version;
            _index = -1;
            Current = default;
        }

        /// <inheritdoc/>
        public KeyValuePair<Value, Value> Current { readonly get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            if (_version != _owner._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
            if (++_index >= _keys.Length) return false;
            var key = _keys[_index];
            Current = new(key, _owner[key]);
            return true;
        }

        /// <inheritdoc/>
        public void Reset()
        {
            _index = -1;
            Current = default;
        }

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
