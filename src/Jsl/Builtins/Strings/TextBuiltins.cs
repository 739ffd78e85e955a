using System.Globalization;
using System.Text;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Strings;

/// <summary>Whole-string functions: Concat Items, Length, case conversion, trimming, Repeat, and the string case of Reverse.</summary>
internal static class TextBuiltins
{
    private const string Category = StringBuiltins.Category;

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Concat Items", ConcatItems);
        table.Add(Category, "Length", Length);
        table.Add(Category, "Uppercase", c => MapString(c, static s => s.ToUpperInvariant()));
        table.Add(Category, "Lowercase", c => MapString(c, static s => s.ToLowerInvariant()));
        table.Add(Category, "Titlecase", c => MapString(c, Titlecase));
        table.Add(Category, "Trim", Trim);
        table.Add(Category, "Trim Whitespace", Trim);
        table.Add(Category, "Collapse Whitespace", c => MapString(c, CollapseWhitespace));
        table.Add(Category, "Repeat", Repeat);
    }

    /// <summary>
    /// <c>Concat Items({strings}, &lt;sep=" "&gt;)</c>. The items are evaluated as <c>Eval List</c> does:
    /// the JSL Syntax Reference joins <c>{str1, str2, str3}</c> (names holding strings) to
    /// <c>"one two three"</c>. Decision: an item that is still not a string is joined as <c>Char</c>
    /// would write it, rather than failing the whole join.
    /// </summary>
    private static Value ConcatItems(CallContext c)
    {
        var given = c.Eval(0) as ListValue ?? throw c.Error("Concat Items: argument 1 must be a list");
        var list = given.Items.All(static v => v is StringValue) ? given : Core.ExpressionBuiltins.EvalList(c, given);
        var separator = c.Count > 1 ? StringArguments.StringArg(c, 1, "Concat Items: the separator") : " ";
        var sb = new StringBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            var text = ValueFormatter.ToText(list.Items[i]);
            c.Limits.CheckString((long)sb.Length + (i > 0 ? separator.Length : 0) + text.Length, c.Call);
            if (i > 0) sb.Append(separator);
            sb.Append(text);
        }
        return new StringValue(sb.ToString());
    }

    /// <summary>
    /// <c>Length(x)</c>: characters of a string, items of a list, keys of an associative array,
    /// bytes of a blob, elements of a matrix, variables of a namespace. Decision: characters are
    /// counted in UTF-16 units, the unit every string position in jsl uses.
    /// </summary>
    private static Value Length(CallContext c)
    {
        c.RequireCount(1, 1);
        var value = c.Eval(0);
        return value switch
        {
            StringValue s => NumberValue.Of(s.Length),
            ListValue l => NumberValue.Of(l.Count),
            AssociativeArrayValue a => NumberValue.Of(a.Count),
            BlobValue b => NumberValue.Of(b.Bytes.Length),
            MatrixValue m => NumberValue.Of(m.Data.Length),
            NamespaceValue ns => NumberValue.Of(ns.Variables.Count),
            _ => throw c.Error($"Length: cannot take the length of a {value.TypeName}"),
        };
    }

    private static Value MapString(CallContext c, Func<string, string> map)
    {
        c.RequireCount(1, 1);
        return new StringValue(map(StringArguments.StringArg(c, 0, $"{c.Call.HeadText}: the argument")));
    }

    /// <summary>
    /// Decision: a letter starts a word when the character before it is neither a letter, a digit
    /// nor an apostrophe (so <c>o'neil</c> becomes <c>O'neil</c>); word-starting letters are upper-cased
    /// and all other letters lower-cased.
    /// </summary>
    internal static string Titlecase(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var previous = i == 0 ? ' ' : s[i - 1];
            var startsWord = !char.IsLetterOrDigit(previous) && previous != '\'';
            chars[i] = startsWord ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }

    /// <summary>Trims both ends, then turns every interior run of whitespace into one space.</summary>
    internal static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary><c>Trim(s, &lt;left|right|both&gt;)</c>; the side may be a bare name or a string.</summary>
    private static Value Trim(CallContext c)
    {
        c.RequireCount(1, 2);
        var text = StringArguments.StringArg(c, 0, $"{c.Call.HeadText}: the argument");
        var side = c.Count > 1 ? Side(c) : "both";
        return side?.ToLowerInvariant() switch
        {
            "left" => new StringValue(text.TrimStart()),
            "right" => new StringValue(text.TrimEnd()),
            "both" => new StringValue(text.Trim()),
            _ => throw c.Error($"{c.Call.HeadText}: the second argument must be left, right or both"),
        };
    }

    /// <summary>The side: a bare <c>left</c>/<c>right</c>/<c>both</c>, else an expression giving one of those strings.</summary>
    private static string? Side(CallContext c)
    {
        var symbol = c.SymbolArg(1)?.ToLowerInvariant();
        if (symbol is "left" or "right" or "both") return symbol;
        return (c.Eval(1) as StringValue)?.Value;
    }

    /// <summary>
    /// <c>Repeat(x, n, &lt;m=1&gt;)</c>: a string or list concatenated with itself n times; a number
    /// or matrix tiled n times vertically and m times horizontally.
    /// </summary>
    private static Value Repeat(CallContext c)
    {
        c.RequireCount(2, 3);
        var value = c.Eval(0);
        var n = Count(c, 1);
        switch (value)
        {
            case StringValue s:
                if (c.Count > 2) throw c.Error("Repeat: a string repeats in one direction only");
                c.Limits.CheckString((long)s.Value.Length * n, c.Call);
                return new StringValue(new StringBuilder(s.Value.Length * n).Insert(0, s.Value, n).ToString());
            case ListValue list:
                if (c.Count > 2) throw c.Error("Repeat: a list repeats in one direction only");
                // Any number of copies of nothing is nothing; no need to count them out.
                if (list.Count == 0) return new ListValue([]);
                c.Limits.CheckList((long)list.Count * n, c.Call);
                foreach (var item in list.Items) c.Limits.CheckCopies((long)list.Count * n, n, item, c.Call);
                var items = new List<Value>(list.Count * n);
                for (var k = 0; k < n; k++) items.AddRange(list.Items.Select(static i => i.CopyForAssignment()));
                return new ListValue(items);
            case NumberValue or MatrixValue:
                var matrix = value as MatrixValue ?? new MatrixValue(1, 1, [((NumberValue)value).Value]);
                var across = c.Count > 2 ? Count(c, 2) : 1;
                c.Limits.CheckMatrix((long)matrix.Rows * n, (long)matrix.Columns * across, c.Call);
                return Tile(matrix, n, across);
            default:
                throw c.Error($"Repeat: cannot repeat a {value.TypeName}");
        }
    }

    private static int Count(CallContext c, int index)
    {
        var n = StringArguments.WholeNumberArg(c, index, $"Repeat: argument {index + 1}");
        if (n < 0) throw c.Error($"Repeat: argument {index + 1} must not be negative");
        // Beyond int the result cannot be made at all; the limits say how large it may be.
        if (n > int.MaxValue) throw c.Error($"Repeat: argument {index + 1} would exceed the limit of {int.MaxValue}");
        return (int)n;
    }

    private static MatrixValue Tile(MatrixValue m, int down, int across)
    {
        var rows = m.Rows * down;
        var columns = m.Columns * across;
        var data = new double[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var col = 0; col < columns; col++) data[r * columns + col] = m[r % m.Rows, col % m.Columns];
        }
        return new MatrixValue(rows, columns, data);
    }

    /// <summary>
    /// A string with its characters in reverse order, for <c>Reverse("abc")</c>. A character made of
    /// several code units (a surrogate pair, a letter with combining marks) stays whole.
    /// Decision: <c>Reverse</c> itself is registered by the list built-ins (Collections), which own
    /// the name; they call this for a string argument, so one function serves both.
    /// </summary>
    public static string ReverseText(string s)
    {
        var elements = new List<string>(s.Length);
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext()) elements.Add(e.GetTextElement());
        elements.Reverse();
        return string.Concat(elements);
    }
}
