namespace Jsl.Builtins.Collections;

/// <summary>
/// Sorts longs as unsigned numbers, in linear time: a stable radix sort on the high 32 bits only,
/// for keys packed as (key high, position low) whose positions already ascend, so the result is
/// ordered by key and then by position, as a full sort of the longs would order them.
/// Written here because NativeAOT's <c>Array.Sort</c> of longs calls a comparer per
/// comparison (the primitive fast path is made by reflection, which NativeAOT does not keep), and
/// that was a third of the time of sorting a list of 200,000 numbers.
/// </summary>
internal static class PackedRadixSort
{
    private const int DigitBits = 11;

    /// <summary>Below this many items an insertion sort costs less than the digit counts.</summary>
    private const int InsertionLimit = 32;

    /// <summary>Sorts <paramref name="items"/> (positions in the low 32 bits, ascending) by their high 32 bits as unsigned numbers.</summary>
    public static void Sort(long[] items)
    {
        if (items.Length <= InsertionLimit)
        {
            InsertionSort(items);
            return;
        }
        var source = items;
        var target = new long[items.Length];
        var counts = new int[1 << DigitBits];
        for (var shift = 32; shift < 64; shift += DigitBits)
        {
            var mask = (1 << Math.Min(DigitBits, 64 - shift)) - 1;
            Array.Clear(counts);
            foreach (var item in source) counts[(int)((ulong)item >> shift) & mask]++;
            // A digit every key shares (small keys leave the top digits all 0 or all 1) is skipped.
            if (counts[(int)((ulong)source[0] >> shift) & mask] == source.Length) continue;
            var start = 0;
            for (var d = 0; d < counts.Length; d++) (counts[d], start) = (start, start + counts[d]);
            foreach (var item in source) target[counts[(int)((ulong)item >> shift) & mask]++] = item;
            (source, target) = (target, source);
        }
        if (!ReferenceEquals(source, items)) Array.Copy(source, items, items.Length);
    }

    private static void InsertionSort(long[] items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && (ulong)items[j] > (ulong)item; j--) items[j + 1] = items[j];
            items[j + 1] = item;
        }
    }
}
