using System.Collections;
using System.Runtime.InteropServices;

namespace Jsl.Runtime.Values;

/// <summary>
/// The entries of an associative array: a hash table for lookups and inserts, and the keys in
/// sorted order (<see cref="AssociativeArrayValue.KeyComparer"/>) made only when something walks
/// them, then kept until a key is added or removed. Every walk (enumeration, <see cref="Keys"/>,
/// <see cref="Values"/>) is in sorted key order, as a sorted dictionary's would be; a script that
/// only inserts and looks up never pays for sorting.
/// String keys, the common kind, live in a table keyed by their text: .NET's string-keyed
/// dictionary hashes with its fast non-randomised hash (switching to a randomised one if keys
/// collide on purpose) and compares without a call through <see cref="AssociativeArrayValue.KeyComparer"/>;
/// every other key uses the comparer's table.
/// </summary>
internal sealed class AssociativeArrayEntries : IReadOnlyCollection<KeyValuePair<Value, Value>>
{
    private readonly Dictionary<string, Value> _strings = [];
    private readonly Dictionary<Value, Value> _others = new(AssociativeArrayValue.KeyComparer.Instance);
    private Value[]? _sortedKeys;
    private int _version;

    /// <summary>Number of keys.</summary>
    public int Count => _strings.Count + _others.Count;

    /// <summary>The value under <paramref name="key"/> (getting an absent key throws); setting adds or replaces it.</summary>
    public Value this[Value key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();
        set
        {
            if (key is StringValue text)
            {
                SetText(text.Value, value);
                return;
            }
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_others, key, out var existed);
            slot = value;
            // An object's place among keys of the same text is the order it first became a key.
            if (!existed && IdentityKeys.Applies(key)) IdentityKeys.OrdinalOf(key);
            _version++;
            if (!existed) _sortedKeys = null;
        }
    }

    /// <summary>Adds or replaces the value under the string key <paramref name="text"/> (a key known only as its text).</summary>
    public void SetText(string text, Value value)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_strings, text, out var existed);
        slot = value;
        _version++;
        if (!existed) _sortedKeys = null;
    }

    /// <summary>Looks the string key <paramref name="text"/> up.</summary>
    public bool TryGetText(string text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Value value) => _strings.TryGetValue(text, out value);

    /// <summary>A copy whose values are copied as on assignment.</summary>
    internal AssociativeArrayEntries Clone()
    {
        var copy = new AssociativeArrayEntries();
        copy._strings.EnsureCapacity(_strings.Count);
        foreach (var (text, value) in _strings) copy._strings[text] = value.CopyForAssignment();
        copy._others.EnsureCapacity(_others.Count);
        foreach (var (key, value) in _others) copy._others[key] = value.CopyForAssignment();
        copy._sortedKeys = _sortedKeys;
        return copy;
    }

    /// <summary>Looks a key up.</summary>
    public bool TryGetValue(Value key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Value value)
    {
        return key is StringValue text ? _strings.TryGetValue(text.Value, out value) : _others.TryGetValue(key, out value);
    }

    /// <summary>True when the key is present.</summary>
    public bool ContainsKey(Value key) => key is StringValue text ? _strings.ContainsKey(text.Value) : _others.ContainsKey(key);

    /// <summary>Removes a key; true when it was present.</summary>
    public bool Remove(Value key)
    {
        var removed = key is StringValue text ? _strings.Remove(text.Value) : _others.Remove(key);
        if (!removed) return false;
        _version++;
        _sortedKeys = null;
        return true;
    }

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
        var others = new Value[_others.Count];
        _others.Keys.CopyTo(others, 0);
        Array.Sort(others, AssociativeArrayValue.KeyComparer.Instance);
        var numbers = 0;
        while (numbers < others.Length && others[numbers] is NumberValue) numbers++;
        var texts = new string[_strings.Count];
        _strings.Keys.CopyTo(texts, 0);
        OrdinalTextSort.Sort(texts);
        var keys = new Value[others.Length + texts.Length];
        Array.Copy(others, keys, numbers);
        // A string key is kept as its text: a string value for it is made only for a walk, and
        // the table holds one object fewer per key for the garbage collector to trace.
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
