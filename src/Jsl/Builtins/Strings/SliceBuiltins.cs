using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Strings;

/// <summary>Functions on positions inside strings and lists: Substr, Left, Right, Munger, Contains, Starts With, Ends With.</summary>
internal static class SliceBuiltins
{
    private const string Category = StringBuiltins.Category;

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Substr", Substr);
        table.Add(Category, "Left", c => Edge(c, fromLeft: true));
        table.Add(Category, "Right", c => Edge(c, fromLeft: false));
        table.Add(Category, "Munger", Munger);
        table.Add(Category, "Contains", Contains);
        table.Add(Category, "Starts With", c => Affix(c, atStart: true));
        table.Add(Category, "Ends With", c => Affix(c, atStart: false));
    }

    /// <summary>
    /// <c>Substr(s, start, &lt;count&gt;)</c>: a negative or absent count means the rest, a negative
    /// start counts from the end. Works on lists too. Decision: a start before the beginning is
    /// moved to the beginning and the count shortened to match (a window that only partly overlaps
    /// the text returns the overlap); a start past the end gives an empty result.
    /// </summary>
    private static Value Substr(CallContext c)
    {
        c.RequireCount(2, 3);
        var subject = c.Eval(0);
        var length = SequenceLength(c, subject, "Substr");
        var start = StringArguments.WholeNumberArg(c, 1, "Substr: the start");
        var count = c.Count > 2 ? StringArguments.WholeNumberArg(c, 2, "Substr: the count") : -1;
        var from = start < 0 ? length + start : start - 1;
        var to = count < 0 ? length : from + count;
        if (from < 0) from = 0;
        if (to > length) to = length;
        return Slice(subject, (int)from, (int)Math.Max(0, to - from));
    }

    /// <summary>
    /// <c>Left(s, n, &lt;filler&gt;)</c> / <c>Right(s, n, &lt;filler&gt;)</c>: the first/last n characters
    /// or list items, padded with the filler (on the right for Left, on the left for Right) when s
    /// is shorter. Decision: a filler string longer than one character is repeated and cut to fit;
    /// without a filler a short s is returned whole; a negative n gives an empty result.
    /// </summary>
    private static Value Edge(CallContext c, bool fromLeft)
    {
        var name = fromLeft ? "Left" : "Right";
        c.RequireCount(2, 3);
        var subject = c.Eval(0);
        var length = SequenceLength(c, subject, name);
        var n = Math.Max(0, StringArguments.WholeNumberArg(c, 1, $"{name}: the count"));
        var filler = c.Count > 2 ? c.Eval(2) : null;
        var kept = (int)Math.Min(n, length);
        var part = Slice(subject, fromLeft ? 0 : (int)length - kept, kept);
        var missingCount = n - kept;
        if (filler is null || missingCount == 0) return part;
        switch (part)
        {
            case StringValue s:
                if (filler is not StringValue f) throw c.Error($"{name}: the filler must be a string");
                if (f.Value.Length == 0) return part;
                c.Limits.CheckString(n, c.Call);
                var missing = (int)missingCount;
                var pad = string.Concat(Enumerable.Repeat(f.Value, missing / f.Value.Length + 1))[..missing];
                return new StringValue(fromLeft ? s.Value + pad : pad + s.Value);
            default:
                c.Limits.CheckCopies(n, missingCount, filler, c.Call);
                var items = ((ListValue)part).Items;
                var padding = Enumerable.Range(0, (int)missingCount).Select(_ => filler.CopyForAssignment());
                return new ListValue(fromLeft ? [.. items, .. padding] : [.. padding, .. items]);
        }
    }

    /// <summary>
    /// <c>Munger(s, start, findOrCount, &lt;replace&gt;)</c>: with a string to find and no replacement,
    /// the position of its first occurrence at or after start (0 when absent); with a count and no
    /// replacement, the count characters from start; with a replacement, a copy of s in which the
    /// first occurrence found (or the count characters from start) is replaced.
    /// </summary>
    private static Value Munger(CallContext c)
    {
        c.RequireCount(3, 4);
        var text = StringArguments.StringArg(c, 0, "Munger: argument 1");
        var start = StringArguments.WholeNumberArg(c, 1, "Munger: the start");
        var from = (int)Math.Clamp(start < 0 ? text.Length + start : start - 1, 0, text.Length);
        var what = c.Eval(2);
        var replace = c.Count > 3 ? StringArguments.StringArg(c, 3, "Munger: the replacement") : null;
        switch (what)
        {
            case StringValue find:
                var at = text.IndexOf(find.Value, from, StringComparison.Ordinal);
                if (replace is null) return NumberValue.Of(at + 1);
                if (at < 0) return new StringValue(text);
                c.Limits.CheckString((long)text.Length - find.Value.Length + replace.Length, c.Call);
                return new StringValue(string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Value.Length)));
            case NumberValue:
                var count = (int)Math.Clamp(StringArguments.WholeNumber(c, what, "Munger: the count"), 0, text.Length - from);
                if (replace is null) return new StringValue(text.Substring(from, count));
                c.Limits.CheckString((long)text.Length - count + replace.Length, c.Call);
                return new StringValue(string.Concat(text.AsSpan(0, from), replace, text.AsSpan(from + count)));
            default:
                throw c.Error("Munger: argument 3 must be a string to find or a number of characters");
        }
    }

    /// <summary>
    /// <c>Contains(x, item, &lt;start=1&gt;)</c>: the 1-based position of item in string or list x, or
    /// 0. A negative start searches backward, beginning |start| positions from the end (-1: the
    /// last position). On an associative array, 1 when item is a key. Decision: an empty string is
    /// found at the first position searched (as C's <c>strstr</c> finds it), so
    /// <c>Contains("abc", "")</c> is 1.
    /// </summary>
    private static Value Contains(CallContext c)
    {
        c.RequireCount(2, 3);
        var subject = c.Eval(0);
        var item = c.Eval(1);
        var start = c.Count > 2 ? StringArguments.WholeNumberArg(c, 2, "Contains: the start") : 1;
        // A string with children (an item of exception_msg, "abc"(1, 2)) is searched as its string.
        var text = subject switch
        {
            StringValue s => s.Value,
            ExpressionValue { StringText: { } head } => head,
            _ => null,
        };
        if (text is not null)
        {
            if (item is not StringValue find) throw c.Error("Contains: the item to find in a string must be a string");
            return NumberValue.Of(FindText(text, find.Value, start));
        }
        switch (subject)
        {
            case ListValue list:
                return NumberValue.Of(FindItem(list, item, start));
            case AssociativeArrayValue array:
                return NumberValue.Of(array.Entries.ContainsKey(item));
            default:
                throw c.Error($"Contains: cannot search in a {subject.TypeName}");
        }
    }

    internal static int FindText(string text, string find, long start)
    {
        if (start < 0)
        {
            var last = text.Length + start;
            if (last < 0) return 0;
            for (var i = (int)Math.Min(last, text.Length - find.Length); i >= 0; i--)
            {
                if (string.CompareOrdinal(text, i, find, 0, find.Length) == 0) return i + 1;
            }
            return 0;
        }
        var from = Math.Max(0, start - 1);
        if (from > text.Length) return 0;
        return text.IndexOf(find, (int)from, StringComparison.Ordinal) + 1;
    }

    private static int FindItem(ListValue list, Value item, long start)
    {
        if (start < 0)
        {
            for (var i = (int)Math.Min(list.Count + start, list.Count - 1); i >= 0; i--)
            {
                if (ValueEquality.AreEqual(list.Items[i], item)) return i + 1;
            }
            return 0;
        }
        for (var i = (int)Math.Max(0, start - 1); i < list.Count; i++)
        {
            if (ValueEquality.AreEqual(list.Items[i], item)) return i + 1;
        }
        return 0;
    }

    /// <summary><c>Starts With(s, sub)</c> / <c>Ends With(s, sub)</c>: both strings, both lists, or a list and its first (last) item; 1 or 0.</summary>
    private static Value Affix(CallContext c, bool atStart)
    {
        var name = atStart ? "Starts With" : "Ends With";
        c.RequireCount(2, 2);
        var subject = c.Eval(0);
        var part = c.Eval(1);
        switch (subject, part)
        {
            case (StringValue s, StringValue p):
                return NumberValue.Of(atStart ? s.Value.StartsWith(p.Value, StringComparison.Ordinal) : s.Value.EndsWith(p.Value, StringComparison.Ordinal));
            case (ListValue s, ListValue p):
                if (p.Count > s.Count) return NumberValue.Zero;
                var offset = atStart ? 0 : s.Count - p.Count;
                for (var i = 0; i < p.Count; i++)
                {
                    if (!ValueEquality.AreEqual(s.Items[offset + i], p.Items[i])) return NumberValue.Zero;
                }
                return NumberValue.One;
            // Decision: a list starts (ends) with a value that is not a list when its first (last)
            // item equals it, as Contains finds an item; SAS's jsl-hamcrest matches its labels this
            // way ("if actual is a list, it doesn't matter what value is") and passes in JMP.
            case (ListValue s, var item):
                return NumberValue.Of(s.Count > 0 && ValueEquality.AreEqual(s.Items[atStart ? 0 : s.Count - 1], item));
            default:
                throw c.Error($"{name}: the arguments must be both strings or both lists");
        }
    }

    private static long SequenceLength(CallContext c, Value subject, string name) => subject switch
    {
        StringValue s => s.Value.Length,
        ListValue l => l.Count,
        _ => throw c.Error($"{name}: argument 1 must be a string or a list"),
    };

    private static Value Slice(Value subject, int from, int count) => subject switch
    {
        StringValue s => new StringValue(from >= s.Value.Length ? "" : s.Value.Substring(from, count)),
        ListValue l => new ListValue(l.Items.Skip(from).Take(count).Select(static i => i.CopyForAssignment())),
        _ => throw new InvalidOperationException("not a sequence"),
    };
}
