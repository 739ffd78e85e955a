using Jsl.Builtins.Patterns;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Strings;

/// <summary>
/// <c>Contains Item(x, item | list | pattern, &lt;delimiter=","&gt;)</c> (Scripting Index, Character):
/// 1 when one of the words of the multiple-response text x is the item, one of the list's items,
/// or matches the pattern; else 0. Words are cut at any character of the delimiter string and
/// trimmed of blanks at both ends.
/// </summary>
internal static class ContainsItem
{
    private const string Function = "Contains Item";

    public static void Register(BuiltinTable table) => table.Add(StringBuiltins.Category, Function, Compute);

    private static Value Compute(CallContext c)
    {
        c.RequireCount(2, 3);
        var words = Words(c);
        var wanted = c.Eval(1) switch
        {
            ListValue list => list.Items.ToList(),
            var single => [single],
        };
        foreach (var target in wanted)
        {
            if (target is not (StringValue or PatternValue))
            {
                throw c.Error($"{Function} needs a word, a list of words or a pattern to look for, found {target.TypeName}");
            }
        }
        foreach (var word in words)
        {
            foreach (var target in wanted)
            {
                // Decision: a word is compared exactly, case included, as == compares strings.
                var found = target is PatternValue p ? PatternMatch.Occurs(c, word, p.Pattern) : word == ((StringValue)target).Value;
                if (found) return NumberValue.One;
            }
        }
        return NumberValue.Zero;
    }

    /// <summary>
    /// The words of x. Decision: runs of delimiters count as one (as in <c>Words</c>), so empty words
    /// are never items; a list of strings is taken as its items, already cut.
    /// </summary>
    private static List<string> Words(CallContext c)
    {
        var delimiters = c.String(2, ",");
        return c.Eval(0) switch
        {
            StringValue s => WordSplitter.Words(s.Value, delimiters).Select(span => s.Value.Substring(span.Start, span.Length).Trim(' ')).Where(static w => w.Length > 0).ToList(),
            ListValue list => list.Items.Select(item => item is StringValue text ? text.Value.Trim(' ') : throw c.Error($"{Function} needs a list of strings, found {item.TypeName} in it")).ToList(),
            var other => throw c.Error($"{Function} needs text (a string or a list of strings) to look in, found {other.TypeName}"),
        };
    }
}
