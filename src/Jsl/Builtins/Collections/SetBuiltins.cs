using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary>
/// The JMP 19 list set functions: <c>Set Union</c>, <c>Set Intersection</c>, <c>Set Difference</c>,
/// <c>Set Unique</c>. The Index says items can be repeated; Decision: the lists are multisets,
/// matched item by item with <c>==</c>'s equality: an item occurring m times in list1 and n times
/// in list2 occurs max(m, n) times in the union, min(m, n) in the intersection and m − n in the
/// difference. Results keep the order of list1, then (for the union) list2's extra items.
/// </summary>
internal static class SetBuiltins
{
    private const string Category = "Lists";

    /// <summary>Adds the set functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Set Union", c => Pair(c, "Set Union", static (first, second) =>
        {
            var result = new List<Value>(first);
            result.AddRange(Unmatched(second, first));
            return result;
        }));
        table.Add(Category, "Set Intersection", c => Pair(c, "Set Intersection", static (first, second) =>
        {
            var unmatched = Unmatched(first, second);
            var result = new List<Value>(first);
            foreach (var item in unmatched) result.RemoveAt(result.FindLastIndex(v => ValueEquality.AreEqual(v, item)));
            return result;
        }));
        table.Add(Category, "Set Difference", c => Pair(c, "Set Difference", static (first, second) => Unmatched(first, second)));
        table.Add(Category, "Set Unique", c =>
        {
            c.RequireCount(1, 1);
            var result = new List<Value>();
            foreach (var item in Items(c, 0, "Set Unique"))
            {
                if (!result.Exists(v => ValueEquality.AreEqual(v, item))) result.Add(item);
            }
            return new ListValue(result);
        });
    }

    /// <summary>The items of <paramref name="from"/> left over once each item of <paramref name="take"/> has cancelled one equal item.</summary>
    private static List<Value> Unmatched(List<Value> from, List<Value> take)
    {
        var left = new List<Value>(from);
        foreach (var item in take)
        {
            var at = left.FindIndex(v => ValueEquality.AreEqual(v, item));
            if (at >= 0) left.RemoveAt(at);
        }
        return left;
    }

    private static Value Pair(CallContext c, string function, Func<List<Value>, List<Value>, List<Value>> op)
    {
        c.RequireCount(2, 2);
        return new ListValue(op(Items(c, 0, function), Items(c, 1, function)));
    }

    private static List<Value> Items(CallContext c, int index, string function) => c.Eval(index) is ListValue list
        ? list.Items.Select(static v => v.CopyForAssignment()).ToList()
        : throw c.Error($"{function} needs lists");
}
