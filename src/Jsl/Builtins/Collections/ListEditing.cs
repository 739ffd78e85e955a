using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary>
/// The list edits shared by the copying functions (<c>Insert</c>, <c>Remove</c>, <c>Reverse</c>,
/// <c>Shift</c>, <c>Sort List</c>) and their in-place <c>Into</c>/<c>From</c> twins: each works on
/// the item list it is given.
/// </summary>
internal static class ListEditing
{
    /// <summary>
    /// Inserts <paramref name="item"/> before 1-based <paramref name="position"/> (null: at the end).
    /// Decision: a list value inserts its items (<c>Insert({1}, {2, 3})</c> is <c>{1, 2, 3}</c>), as
    /// JMP's Scripting Guide shows for inserting several items; wrap it in another list
    /// (<c>{{2, 3}}</c>) to insert the list itself. A position past the end appends.
    /// </summary>
    public static void Insert(CallContext c, List<Value> items, Value item, double? position)
    {
        var at = InsertionPoint(c, items, position);
        c.Limits.CheckList((long)items.Count + (item is ListValue adding ? adding.Count : 1), c.Call);
        if (item is ListValue several) items.InsertRange(at, several.Items.Select(v => v.CopyForAssignment()).ToList());
        else items.Insert(at, item.CopyForAssignment());
    }

    /// <summary>
    /// Inserts <paramref name="item"/> as one argument of an expression, before 1-based
    /// <paramref name="position"/> (null: at the end). Decision: unlike a list's items, a list
    /// stays one argument, so <c>Insert(Expr(N Items()), {1, 2})</c> is <c>N Items({1, 2})</c>:
    /// jsl-hamcrest's size matcher builds its call to N Items this way, and passes in JMP.
    /// </summary>
    public static void InsertArgument(CallContext c, List<Value> args, Value item, double? position) =>
        args.Insert(InsertionPoint(c, args, position), item.CopyForAssignment());

    /// <summary>The 0-based index before 1-based <paramref name="position"/>; past the end (or null) appends.</summary>
    private static int InsertionPoint(CallContext c, List<Value> items, double? position)
    {
        if (position is not double p) return items.Count;
        if (double.IsNaN(p) || p < 1 || p != Math.Floor(p)) throw c.Error(Subscripting.RangeError);
        return (int)Math.Min(p - 1, items.Count);
    }

    /// <summary>
    /// Removes <paramref name="count"/> items from 1-based <paramref name="start"/>, or the items at
    /// the positions of a list or matrix. Decision: without a position the last item goes; a count
    /// running past the end removes to the end.
    /// </summary>
    public static void Remove(CallContext c, List<Value> items, Value? start, double count)
    {
        switch (start)
        {
            case null:
                if (items.Count > 0) items.RemoveAt(items.Count - 1);
                return;
            case NumberValue n:
                var first = Subscripting.ListPosition(c, new ListValue(items), n.Value);
                if (double.IsNaN(count) || count < 0) throw c.Error("the number of items to remove must be 0 or more");
                items.RemoveRange(first, (int)Math.Min(Math.Floor(count), items.Count - first));
                return;
            case ListValue or MatrixValue:
                var view = new ListValue(items);
                var positions = Subscripting.Positions(c, start).Select(p => Subscripting.ListPosition(c, view, p)).Distinct().OrderDescending().ToList();
                foreach (var p in positions) items.RemoveAt(p);
                return;
            default:
                throw c.Error("the position to remove must be a number, a list or a matrix");
        }
    }

    /// <summary>
    /// <c>Remove( "text", i, n )</c>: the string without its characters i to i + n - 1, by the list
    /// rules (without a position the last character goes; a count past the end stops at the end; a
    /// list of positions removes each). Decision: the Scripting Index documents Remove for lists
    /// only, but JMP takes a string too and real scripts rely on it (dropping a trailing ", " from
    /// a built-up SQL statement with <c>Remove( sql, Length( sql ) - 1, 2 )</c>). Characters are
    /// counted as <c>Length</c> and <c>Substr</c> count them.
    /// </summary>
    public static StringValue RemoveCharacters(CallContext c, string text, Value? start, double count)
    {
        var characters = new List<Value>(text.Length);
        foreach (var ch in text) characters.Add(new StringValue(ch.ToString()));
        Remove(c, characters, start, count);
        return new StringValue(string.Concat(characters.Select(v => ((StringValue)v).Value)));
    }

    /// <summary>Moves the first <paramref name="n"/> items to the end (a negative n moves the last -n items to the front).</summary>
    public static void Shift(CallContext c, List<Value> items, double n)
    {
        if (double.IsNaN(n) || n != Math.Floor(n)) throw c.Error("Shift needs a whole number of positions");
        if (items.Count == 0) return;
        var k = (int)(((long)n % items.Count + items.Count) % items.Count);
        if (k == 0) return;
        var moved = items.GetRange(0, k);
        items.RemoveRange(0, k);
        items.AddRange(moved);
    }

    /// <summary>
    /// Sorts in place, stably. Decision: the order is the associative-array key order — missing,
    /// then numbers ascending, then strings (ordinal, so upper case before lower case), then any
    /// other item by its printed form.
    /// </summary>
    public static void Sort(List<Value> items, bool descending = false)
    {
        if (SortNumbers(items, descending)) return;
        if (PrintedFormSort.NeedsText(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items), AssociativeArrayValue.KeyComparer.ValueOrder))
        {
            var values = items.ToArray();
            PrintedFormSort.Sort(values, AssociativeArrayValue.KeyComparer.ValueOrder, descending);
            items.Clear();
            items.AddRange(values);
            return;
        }
        var sorted = descending
            ? items.OrderByDescending(v => v, AssociativeArrayValue.KeyComparer.ValueOrder).ToList()
            : items.OrderBy(v => v, AssociativeArrayValue.KeyComparer.ValueOrder).ToList();
        items.Clear();
        items.AddRange(sorted);
    }

    /// <summary>
    /// The same order for a list of numbers only, without a comparer call per comparison; false when
    /// some item is not a number. The numbers are sorted with their positions alongside (missing
    /// first, as <c>double.CompareTo</c> orders it), then each run of equal numbers is put back in
    /// list order, which makes the sort stable; descending takes the runs from the last.
    /// </summary>
    private static bool SortNumbers(List<Value> items, bool descending)
    {
        if (SortWholeNumbers(items, descending) is { } done) return done;
        var keys = new double[items.Count];
        var positions = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (items[i] is not NumberValue n) return false;
            keys[i] = n.Value;
            positions[i] = i;
        }
        Array.Sort(keys, positions);
        var runStarts = new List<int>();
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end].CompareTo(keys[start]) == 0) end++;
            if (end - start > 1) Array.Sort(positions, start, end - start);
            runStarts.Add(start);
            start = end;
        }
        var sorted = new Value[keys.Length];
        if (!descending)
        {
            for (var i = 0; i < keys.Length; i++) sorted[i] = items[positions[i]];
        }
        else
        {
            var k = 0;
            for (var r = runStarts.Count - 1; r >= 0; r--)
            {
                var end = r + 1 < runStarts.Count ? runStarts[r + 1] : keys.Length;
                for (var i = runStarts[r]; i < end; i++) sorted[k++] = items[positions[i]];
            }
        }
        items.Clear();
        items.AddRange(sorted);
        return true;
    }

    /// <summary>
    /// <see cref="SortNumbers"/> for whole numbers of 32 bits, the common list: each number and its
    /// position packed into one long (number high, position low) and radix-sorted, which orders
    /// equal numbers by position and so is stable with no second pass, at a fraction of the cost of
    /// sorting keys and positions side by side. Null when some item is not such a number.
    /// </summary>
    private static bool? SortWholeNumbers(List<Value> items, bool descending)
    {
        var packed = new long[items.Count];
        for (var i = 0; i < packed.Length; i++)
        {
            if (items[i] is not NumberValue n) return false;
            var v = n.Value;
            // NaN fails both comparisons; -0 packs as 0, one run with 0 as CompareTo has it.
            if (!(v >= int.MinValue && v <= int.MaxValue) || v != Math.Floor(v)) return null;
            // The sign bit flipped, so that the packed numbers order as unsigned longs.
            packed[i] = ((long)((uint)(int)v ^ 0x80000000u) << 32) | (uint)i;
        }
        PackedRadixSort.Sort(packed);
        var sorted = new Value[packed.Length];
        if (!descending)
        {
            for (var i = 0; i < packed.Length; i++) sorted[i] = items[(int)(uint)packed[i]];
        }
        else
        {
            // Runs of one number from the last, each run in list order.
            var k = 0;
            for (var end = packed.Length; end > 0;)
            {
                var start = end - 1;
                while (start > 0 && packed[start - 1] >> 32 == packed[end - 1] >> 32) start--;
                for (var i = start; i < end; i++) sorted[k++] = items[(int)(uint)packed[i]];
                end = start;
            }
        }
        items.Clear();
        items.AddRange(sorted);
        return true;
    }
}
