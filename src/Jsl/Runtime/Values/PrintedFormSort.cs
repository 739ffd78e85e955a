using Jsl.Runtime.Formatting;

namespace Jsl.Runtime.Values;

/// <summary>
/// Sorts values in a key order that compares some of them by their printed form, printing each
/// such value once, before the sort. Printing can recurse without end (an associative array that is
/// one of its own keys) or very deep, and must then fail with the depth error outside
/// <see cref="Array.Sort{T}(T[], Comparison{T})"/>: the framework catches what a comparer throws and
/// rethrows it wrapped, from the catch handler, at the full depth, which overflows the stack and
/// aborts the process instead of giving the JSL error.
/// </summary>
internal static class PrintedFormSort
{
    /// <summary>True when sorting <paramref name="items"/> in <paramref name="order"/> needs the printed form of any of them.</summary>
    public static bool NeedsText(ReadOnlySpan<Value> items, AssociativeArrayValue.KeyComparer order)
    {
        foreach (var item in items)
        {
            if (order.OrdersByText(item)) return true;
        }
        return false;
    }

    /// <summary>Sorts <paramref name="items"/> in place, stably, in <paramref name="order"/> (reversed when <paramref name="descending"/>).</summary>
    public static void Sort(Value[] items, AssociativeArrayValue.KeyComparer order, bool descending = false)
    {
        var texts = new string?[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (order.OrdersByText(items[i])) texts[i] = ValueFormatter.ToText(items[i]);
        }
        var positions = new int[items.Length];
        for (var i = 0; i < positions.Length; i++) positions[i] = i;
        Array.Sort(positions, (a, b) =>
        {
            var c = order.Compare(items[a], texts[a], items[b], texts[b]);
            if (descending) c = -c;
            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = new Value[items.Length];
        for (var i = 0; i < positions.Length; i++) sorted[i] = items[positions[i]];
        sorted.CopyTo(items, 0);
    }
}
