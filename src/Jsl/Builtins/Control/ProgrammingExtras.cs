using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>
/// Smaller Programming functions (Scripting Index): <c>As Boolean</c>, <c>As Constant</c>,
/// <c>Get Whitespace Characters</c>, <c>Get Punctuation Characters</c>, <c>Set Environment Variable</c>.
/// </summary>
internal static class ProgrammingExtras
{
    private const string Category = "Programming";

    /// <summary>
    /// The Index's list (,:;.?!\/#@&amp;~()[]&lt;&gt;"*`%$+=^|{}) and common Unicode punctuation.
    /// Decision: the Unicode ones are the general punctuation and quotation marks a text usually
    /// holds: ‘ ’ “ ” « » ‹ › – — … · ¡ ¿ § ¶ • and the full-width and ideographic forms 、。，：；！？
    /// </summary>
    private const string Punctuation = ",:;.?!\\/#@&~()[]<>\"*`%$+=^|{}‘’“”«»‹›–—…·¡¿§¶•、。，：；！？";

    /// <summary>Decision: space, tab, CR, LF, vertical tab, form feed, no-break space and the Unicode spaces.</summary>
    private const string Whitespace = " \t\r\n\v\f\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly Symbol IncludeChars = Symbol.Intern("Include Chars");
    private static readonly Symbol ExcludeChars = Symbol.Intern("Exclude Chars");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "As Boolean", c =>
        {
            c.RequireCount(1, 1);
            return c.Eval(0) switch
            {
                NumberValue n => n.IsMissing ? NumberValue.Missing : NumberValue.Of(n.Value != 0),
                MatrixValue m => new MatrixValue(m.Rows, m.Columns, m.Data.Select(static d => double.IsNaN(d) ? d : d != 0 ? 1 : 0).ToArray()),
                var other => throw c.Error($"As Boolean needs a number, found {other.TypeName}"),
            };
        });
        table.Add(Category, "As Constant", c =>
        {
            c.RequireCount(1, 1);
            var constants = c.Interpreter.State.Constants;
            if (constants.TryGetValue(c.Call, out var known)) return known.CopyForAssignment();
            var value = c.Eval(0);
            constants[c.Call] = value.CopyForAssignment();
            return value;
        });
        table.Add(Category, "Get Whitespace Characters", c =>
        {
            c.RequireCount(0, 0);
            return new StringValue(Whitespace);
        });
        table.Add(Category, "Get Punctuation Characters", GetPunctuation);
        table.Add(Category, "Set Environment Variable", c =>
        {
            c.RequireCount(1, 2);
            var name = c.String(0);
            if (name.Length == 0 || name.Contains('=', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
            {
                throw c.Error($"Set Environment Variable needs a variable name without '=', found \"{name}\"");
            }
            var value = c.Count == 2 && !c.IsEmptyArg(1) ? c.String(1) : "";
            Environment.SetEnvironmentVariable(name, value.Length == 0 ? null : value);
            return new StringValue(value);
        });
    }

    /// <summary><c>Get Punctuation Characters(&lt;Include Chars(s) | Exclude Chars(s)&gt;)</c>.</summary>
    private static Value GetPunctuation(CallContext c)
    {
        c.RequireCount(0, 2);
        var text = Punctuation;
        for (var i = 0; i < c.Count; i++)
        {
            if (c.ArgNode(i) is not CallNode { Args.Count: 1 } option || !(ReferenceEquals(option.Head, IncludeChars) || ReferenceEquals(option.Head, ExcludeChars)))
            {
                throw c.Error("Get Punctuation Characters takes Include Chars(\"...\") or Exclude Chars(\"...\")");
            }
            var chars = c.Eval(option.Args[0]) as StringValue ?? throw c.Error($"{option.HeadText} needs a string");
            text = ReferenceEquals(option.Head, IncludeChars)
                ? text + new string(chars.Value.Where(ch => !text.Contains(ch, StringComparison.Ordinal)).Distinct().ToArray())
                : new string(text.Where(ch => !chars.Value.Contains(ch, StringComparison.Ordinal)).ToArray());
        }
        return new StringValue(text);
    }
}
