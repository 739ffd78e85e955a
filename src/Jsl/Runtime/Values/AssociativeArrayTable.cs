using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Jsl.Runtime.Values;

/// <summary>
/// The hash table under an associative array, laid out as CPython's compact dict: the entries
/// (key, value and the key's hash side by side) packed densely in one array, and an index of
/// entry positions, open-addressed with linear probing, each slot four bytes: the position in its
/// low bits, and in the bits above them the same bits of the key's hash, a tag that tells most
/// keys apart without reading their entry. A lookup reads index slots (the index of a table of
/// 50,000 keys is 256 KB, mostly in the cache) and then one entry, and the key only when the
/// hashes agree. A first layout with the entries
/// themselves open-addressed (one access fewer) was measured slower on the assoc benchmark: its
/// slots, mostly empty, took twice the memory, so each access missed the cache more often, and
/// the garbage collector scanned the whole spread-out array for references at every collection.
/// A key is either a string key's bare text (a <see cref="string"/>, the common kind, compared
/// ordinally) or any other key as its <see cref="Value"/> (never a <see cref="StringValue"/>),
/// compared by <see cref="AssociativeArrayValue.KeyComparer"/>. The table has no order of its own
/// (a removal moves the last entry into the hole): walks sort the keys (<see cref="AssociativeArrayEntries"/>).
/// </summary>
internal sealed class AssociativeArrayTable
{
    private struct Entry
    {
        public object Key;
        public Value Value;
        public int Hash;
    }

    /// <summary>Entries made room for at the first insert.</summary>
    private const int InitialCapacity = 4;

    /// <summary>
    /// Each slot holds an entry's position plus one in the bits of <see cref="_mask"/>, the key's
    /// hash in the bits above (its tag); 0 is an empty slot. Positions plus one fit the mask
    /// because there are fewer entries than slots.
    /// </summary>
    private int[] _index = [];

    /// <summary>The index's slot count minus one.</summary>
    private int _mask = -1;

    private Entry[] _entries = [];

    /// <summary>Bits to shift a mixed hash right by to get an index slot (32 minus log2 of the slot count).</summary>
    private int _shift = 32;

    /// <summary>Number of keys (the entries in use are the first this many).</summary>
    public int Count { get; private set; }

    /// <summary>Number of keys held as bare text.</summary>
    public int TextCount { get; private set; }

    /// <summary>The hash of a key: a string's randomised ordinal hash, else the key comparer's.</summary>
    public static int HashOf(object key) =>
        key is string text ? text.GetHashCode() : AssociativeArrayValue.KeyComparer.Instance.GetHashCode((Value)key);

    /// <summary>Looks <paramref name="key"/> up.</summary>
    public bool TryGetValue(object key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Value value)
    {
        var slot = SlotOf(key, HashOf(key));
        if (slot < 0)
        {
            value = null;
            return false;
        }
        value = _entries[(_index[slot] & _mask) - 1].Value;
        return true;
    }

    /// <summary>The value slot for <paramref name="key"/>, added (holding null) when absent; valid until the next change.</summary>
    public ref Value GetValueRefOrAddDefault(object key, out bool existed)
    {
        var hash = HashOf(key);
        var slot = SlotOf(key, hash);
        if (slot >= 0)
        {
            existed = true;
            return ref _entries[(_index[slot] & _mask) - 1].Value;
        }
        existed = false;
        if (Count == _entries.Length) Array.Resize(ref _entries, Count == 0 ? InitialCapacity : checked(Count * 2));
        // At most 13/16 of the index full: linear probing's runs then stay within a cache line or
        // two of index slots, and the tags keep the probing from reading other keys' entries.
        if (Count >= (_index.Length >> 1) + (_index.Length >> 2) + (_index.Length >> 4)) GrowIndex();
        var position = Count;
        ref var entry = ref _entries[position];
        entry.Key = key;
        entry.Hash = hash;
        _index[FreeSlotFor(hash)] = (hash & ~_mask) | (position + 1);
        Count++;
        if (key is string) TextCount++;
        return ref entry.Value!;
    }

    /// <summary>Removes <paramref name="key"/>; true when it was present.</summary>
    public bool Remove(object key)
    {
        var slot = SlotOf(key, HashOf(key));
        if (slot < 0) return false;
        var position = (_index[slot] & _mask) - 1;
        EmptySlot(slot);
        var last = Count - 1;
        if (position != last)
        {
            // The last entry fills the hole, so that the entries in use stay the first Count.
            var moved = SlotHolding(last);
            _index[moved] = (_index[moved] & ~_mask) | (position + 1);
            _entries[position] = _entries[last];
        }
        _entries[last] = default;
        Count--;
        if (key is string) TextCount--;
        return true;
    }

    /// <summary>Copies the keys into <paramref name="texts"/> (<see cref="TextCount"/> long) and <paramref name="others"/> (the rest), in no particular order.</summary>
    public void CopyKeys(string[] texts, Value[] others)
    {
        int t = 0, o = 0;
        foreach (ref readonly var entry in _entries.AsSpan(0, Count))
        {
            if (entry.Key is string text) texts[t++] = text;
            else others[o++] = (Value)entry.Key;
        }
    }

    /// <summary>A copy with each value passed through <paramref name="copyValue"/>.</summary>
    public AssociativeArrayTable Clone(Func<Value, Value> copyValue)
    {
        var copy = new AssociativeArrayTable
        {
            _index = (int[])_index.Clone(),
            _entries = (Entry[])_entries.Clone(),
            _shift = _shift,
            _mask = _mask,
            Count = Count,
            TextCount = TextCount,
        };
        foreach (ref var entry in copy._entries.AsSpan(0, Count)) entry.Value = copyValue(entry.Value);
        return copy;
    }

    /// <summary>
    /// The index slot a hash starts probing from: the hash times 2^32/φ, top bits. A number's hash
    /// keeps small whole numbers' differences in its high bits (their low bits are all 0), which a
    /// mask of the low bits would lose; the multiplication carries every bit into the top ones.
    /// </summary>
    private int Home(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> _shift) & _mask;

    /// <summary>The index slot that holds <paramref name="key"/>, or -1.</summary>
    private int SlotOf(object key, int hash)
    {
        if (Count == 0) return -1;
        var mask = _mask;
        var tag = hash & ~mask;
        ref var firstSlot = ref MemoryMarshal.GetArrayDataReference(_index);
        ref var firstEntry = ref MemoryMarshal.GetArrayDataReference(_entries);
        var slot = Home(hash);
        if (key is string text)
        {
            while (true)
            {
                var held = Unsafe.Add(ref firstSlot, slot);
                if (held == 0) return -1;
                if ((held & ~mask) == tag)
                {
                    ref var entry = ref Unsafe.Add(ref firstEntry, (held & mask) - 1);
                    if (entry.Hash == hash && entry.Key is string other && string.Equals(other, text)) return slot;
                }
                slot = (slot + 1) & mask;
            }
        }
        var value = (Value)key;
        while (true)
        {
            var held = Unsafe.Add(ref firstSlot, slot);
            if (held == 0) return -1;
            if ((held & ~mask) == tag)
            {
                ref var entry = ref Unsafe.Add(ref firstEntry, (held & mask) - 1);
                if (entry.Hash == hash && entry.Key is Value other && AssociativeArrayValue.KeyComparer.Instance.Equals(other, value)) return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The index slot that holds the entry at <paramref name="position"/>.</summary>
    private int SlotHolding(int position)
    {
        var slot = Home(_entries[position].Hash);
        while ((_index[slot] & _mask) != position + 1) slot = (slot + 1) & _mask;
        return slot;
    }

    /// <summary>
    /// Empties an index slot by backward shift: each later slot of the same run whose entry's home
    /// is at or before the hole moves into it, so that no lookup stops early at the emptied slot
    /// and the index needs no tombstones.
    /// </summary>
    private void EmptySlot(int hole)
    {
        var index = _index;
        var mask = _mask;
        for (var next = (hole + 1) & mask; index[next] != 0; next = (next + 1) & mask)
        {
            var home = Home(_entries[(index[next] & mask) - 1].Hash);
            if (((next - home) & mask) >= ((next - hole) & mask))
            {
                index[hole] = index[next];
                hole = next;
            }
        }
        index[hole] = 0;
    }

    private int FreeSlotFor(int hash)
    {
        var slot = Home(hash);
        while (_index[slot] != 0) slot = (slot + 1) & _mask;
        return slot;
    }

    private void GrowIndex()
    {
        var size = _index.Length == 0 ? InitialCapacity * 2 : checked(_index.Length * 2);
        _index = new int[size];
        _mask = size - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
        for (var position = 0; position < Count; position++)
        {
            var hash = _entries[position].Hash;
            _index[FreeSlotFor(hash)] = (hash & ~_mask) | (position + 1);
        }
    }
}
