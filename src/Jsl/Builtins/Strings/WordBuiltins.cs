using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Strings;

/// <summary>
/// <c>Word</c>, <c>Words</c>, <c>Item</c>, <c>Items</c>: pick delimited pieces of a string by
/// position (<c>n</c>, negative from the end) or by range (<c>[first last]</c>).
/// </summary>
internal static class WordBuiltins
{
    private const string Category = StringBuiltins.Category;
    private const string Unmatched = "Unmatched";
    private const string IncludeBoundaryDelimiters = "Include Boundary Delimiters";
    private static readonly string[] Options = [Unmatched, IncludeBoundaryDelimiters];
    private static readonly string[] Flags = [IncludeBoundaryDelimiters];

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Word", c => Pick(c, items: false));
        table.Add(Category, "Item", c => Pick(c, items: true));
        table.Add(Category, "Words", c => All(c, items: false));
        table.Add(Category, "Items", c => All(c, items: true));
    }

    /// <summary>
    /// <c>Word(n|[first last], s, &lt;delims=" "&gt;, &lt;Unmatched(x)&gt;)</c>. A range gives the text
    /// from the start of piece first to the end of piece last, delimiters between included.
    /// Out-of-range positions give the Unmatched value, by default the empty string.
    /// </summary>
    private static Value Pick(CallContext c, bool items)
    {
        var name = items ? "Item" : "Word";
        var args = StringArguments.Positional(c, Options, Flags);
        if (args.Count < 2) throw c.Error($"{name}: needs a position and a string");
        if (args.Count > 3) throw c.Error($"{name}: too many arguments");
        var which = c.Eval(args[0]);
        var text = StringArguments.StringArg(c, args[1], $"{name}: argument 2");
        var spans = Split(c, items, text, args.Count > 2 ? args[2] : -1);
        var unmatched = StringArguments.OptionValue(c, Unmatched) ?? StringValue.EmptyString;
        var range = Range(c, which, spans.Count, name);
        if (range is not var (first, last)) return unmatched;
        if (first > last) return StringValue.EmptyString;
        return new StringValue(text[spans[first].Start..spans[last].End]);
    }

    /// <summary><c>Words(&lt;[first last]&gt;, s, &lt;delims=" "&gt;)</c> / <c>Items(...)</c>: the pieces as a list of strings.</summary>
    private static Value All(CallContext c, bool items)
    {
        var name = items ? "Items" : "Words";
        var args = StringArguments.Positional(c, Options, Flags);
        if (args.Count == 0) throw c.Error($"{name}: needs a string");
        var first = c.Eval(args[0]);
        var rangeGiven = first is MatrixValue;
        if (rangeGiven) args.RemoveAt(0);
        if (args.Count == 0) throw c.Error($"{name}: needs a string");
        if (args.Count > 2) throw c.Error($"{name}: too many arguments");
        var text = rangeGiven ? StringArguments.StringArg(c, args[0], $"{name}: the text") : first as StringValue is { } s ? s.Value : throw c.Error($"{name}: the text must be a string");
        var spans = Split(c, items, text, args.Count > 1 ? args[1] : -1);
        var from = 0;
        var to = spans.Count - 1;
        if (rangeGiven)
        {
            if (Range(c, first, spans.Count, name) is not var (a, b)) return new ListValue();
            (from, to) = (a, b);
        }
        // Before the strings are made: a 256 M-character text of one-letter words is 128 M of them.
        c.Limits.CheckList(to - from + 1L, c.Call);
        var list = new List<Value>(Math.Max(0, to - from + 1));
        for (var i = from; i <= to; i++) list.Add(new StringValue(text.Substring(spans[i].Start, spans[i].Length)));
        return new ListValue(list);
    }

    private static List<TextSpan> Split(CallContext c, bool items, string text, int delimiterArg)
    {
        var delimiters = delimiterArg >= 0 ? StringArguments.StringArg(c, delimiterArg, "the delimiters") : " ";
        return items
            ? WordSplitter.Items(text, delimiters, StringArguments.HasFlag(c, IncludeBoundaryDelimiters))
            : WordSplitter.Words(text, delimiters);
    }

    /// <summary>
    /// The 0-based first and last piece a position or <c>[first last]</c> matrix selects; null when
    /// a position falls outside the pieces. Decision: in a range, an end beyond the pieces is
    /// clamped to the last piece and a start before them to the first.
    /// </summary>
    private static (int First, int Last)? Range(CallContext c, Value which, int count, string name)
    {
        switch (which)
        {
            case NumberValue:
                var n = StringArguments.WholeNumber(c, which, $"{name}: the position");
                return WordSplitter.Resolve(n, count) is int index ? (index, index) : null;
            case MatrixValue { Data.Length: 2 } m:
                if (m.Data.Any(double.IsNaN)) throw c.Error($"{name}: the range must not contain missing values");
                var first = (long)m.Data[0];
                var last = (long)m.Data[1];
                var a = first < 0 ? count + first : first - 1;
                var b = last < 0 ? count + last : last - 1;
                a = Math.Max(a, 0);
                b = Math.Min(b, count - 1);
                return a >= count || b < 0 ? null : ((int)a, (int)b);
            default:
                throw c.Error($"{name}: the position must be a number or a [first last] matrix");
        }
    }
}
