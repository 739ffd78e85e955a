using System.Text;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Output;

/// <summary>
/// The log (output.md §1, §10): <c>Print</c>, <c>Show</c>, <c>Write</c>, <c>Log Capture</c>, <c>Char</c>,
/// and headless renditions of the display-only functions (language.md §6a.5).
/// </summary>
internal static class OutputBuiltins
{
    private const string Category = "Output";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Print", c =>
        {
            for (var i = 0; i < c.Count; i++)
            {
                if (c.IsOptionArg(i)) continue;
                c.Interpreter.Log.Line(ValueFormatter.ToPrintText(c.EvalKeepingHeldExpression(i)));
            }
            return EmptyValue.Instance;
        });
        table.Add(Category, "Show", Show);
        table.Add(Category, "Write", c =>
        {
            var sb = new StringBuilder();
            for (var i = 0; i < c.Count; i++)
            {
                if (c.IsOptionArg(i)) continue;
                sb.Append(ValueFormatter.ToText(c.Eval(i)));
            }
            c.Interpreter.Log.Write(sb.ToString());
            return EmptyValue.Instance;
        });
        table.Add(Category, "Log Capture", c =>
        {
            c.RequireCount(1, 1);
            c.Interpreter.Log.BeginCapture();
            string captured;
            try
            {
                c.Eval(0);
            }
            finally
            {
                captured = c.Interpreter.Log.EndCapture();
            }
            return new StringValue(captured);
        });
        table.Add(Category, "Char", Char);
        // Char(x) with one argument is just the value's text: no general call needed.
        table.SetPreparer("Char", CharCall.Prepare);
        table.Add(Category, "Caption", Caption);
        table.Add(Category, "Status Msg", c => Diagnostic(c, "Status"));
        table.Add(Category, "Speak", c => Diagnostic(c, "Speak"));
        table.Add(Category, "Web", c => Diagnostic(c, "Web"));
        table.Add(Category, "Beep", c =>
        {
            if (!Console.IsErrorRedirected) c.Interpreter.Diagnostics.Write('\a');
            return EmptyValue.Instance;
        });
    }

    /// <summary>
    /// <c>Show(x, ...)</c>: <c>label = value;</c> per argument, the label being the argument reprinted
    /// compactly. Decision (output.md §10.5): a literal argument prints its value alone, without <c>;</c>.
    /// </summary>
    private static Value Show(CallContext c)
    {
        for (var i = 0; i < c.Count; i++)
        {
            if (c.IsOptionArg(i)) continue;
            var node = c.ArgNode(i);
            var value = c.EvalKeepingHeldExpression(i);
            if (node is NumberNode or StringNode) c.Interpreter.Log.Line(ValueFormatter.ToPrintText(value));
            else c.Interpreter.Log.Line($"{ExpressionPrinter.Print(node)} = {ValueFormatter.ToPrintText(value)};");
        }
        return EmptyValue.Instance;
    }

    /// <summary><c>Char(x, &lt;width&gt;, &lt;decimals&gt;)</c>: the text of a value; for numbers, width and decimals shape it.</summary>
    private static Value Char(CallContext c)
    {
        c.RequireCount(1, 4);
        var value = c.Eval(0);
        var positional = Enumerable.Range(1, c.Count - 1).Where(i => !c.IsOptionArg(i)).ToList();
        if (value is NumberValue n && positional.Count > 0 && !n.IsMissing)
        {
            var width = (int)c.Number(positional[0]);
            var decimals = positional.Count > 1 ? (int)c.Number(positional[1]) : -1;
            return new StringValue(FixedWidth(n.Value, width, decimals));
        }
        return TextOf(value);
    }

    /// <summary>What <c>Char</c> of one value gives: its text, shared for small whole numbers.</summary>
    internal static StringValue TextOf(Value value) =>
        value is NumberValue n && WholeNumberText.For(n) is { } shared ? shared : new StringValue(ValueFormatter.ToText(value));

    /// <summary>
    /// A number in at most <paramref name="width"/> characters with up to <paramref name="decimals"/>
    /// decimals: <c>Char(Pi(), 10, 4)</c> is 3.1416, and the width wins over the decimals
    /// (<c>Char(Pi(), 3, 4)</c> is 3.1).
    /// </summary>
    internal static string FixedWidth(double value, int width, int decimals)
    {
        if (decimals < 0) decimals = 15;
        for (var d = Math.Min(decimals, 15); d >= 0; d--)
        {
            var text = Math.Round(value, d, MidpointRounding.AwayFromZero).ToString("F" + d, System.Globalization.CultureInfo.InvariantCulture);
            if (decimals == 15 && text.Contains('.', StringComparison.Ordinal)) text = text.TrimEnd('0').TrimEnd('.');
            if (width <= 0 || text.Length <= width) return text;
        }
        return NumberFormatter.Format(value);
    }

    /// <summary>
    /// <c>Caption(&lt;{h, v}&gt;, text | remove, &lt;Delayed(s)&gt;, ...)</c> headless (language.md §6a.5):
    /// the text goes to stderr. Decision: <c>remove</c> (or <c>Remove(...)</c>, as libraries write it)
    /// takes the caption away, which headless is nothing to do; the position and the look options are ignored.
    /// </summary>
    private static Value Caption(CallContext c)
    {
        var remove = Symbol.Intern("remove");
        for (var i = 0; i < c.Count; i++)
        {
            var node = c.ArgNode(i);
            if (node is NameNode { Scope: NameScope.Unqualified } name && ReferenceEquals(name.Symbol, remove)) return EmptyValue.Instance;
            if (node is CallNode call && call.Qualifier is null && ReferenceEquals(call.Head, remove)) return EmptyValue.Instance;
        }
        return Diagnostic(c, "Caption");
    }

    private static Value Diagnostic(CallContext c, string label)
    {
        var parts = new List<string>();
        for (var i = 0; i < c.Count; i++)
        {
            if (c.IsOptionArg(i)) continue;
            var node = c.ArgNode(i);
            if (node is CallNode option && option.Args.Count > 0 && !ReferenceEquals(option.Head, Heads.List) && option.Qualifier is null && c.Interpreter.Builtins.Find(option.Head) is null) continue;
            var value = c.Eval(i);
            if (value is StringValue s) parts.Add(s.Value);
        }
        if (parts.Count > 0) c.Interpreter.Diagnostics.WriteLine($"{label}: {string.Join(" ", parts)}");
        return EmptyValue.Instance;
    }
}
