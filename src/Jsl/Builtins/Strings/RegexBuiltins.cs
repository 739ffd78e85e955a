using System.Text.RegularExpressions;
using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Strings;

/// <summary>
/// <c>Regex</c> and <c>Regex Match</c>. Patterns are run by .NET's regex engine, which accepts the
/// Perl-style syntax JMP documents (classes, groups, <c>\w \d \s</c>, reluctant quantifiers, back
/// references); compiled patterns are reused through the engine's own cache.
/// </summary>
internal static class RegexBuiltins
{
    private const string Category = StringBuiltins.Category;
    private const string IgnoreCase = "IGNORECASE";
    private const string GlobalReplace = "GLOBALREPLACE";
    private const string MatchCase = "MATCHCASE";
    private static readonly string[] RegexFlags = [IgnoreCase, GlobalReplace];
    private static readonly string[] RegexMatchFlags = [MatchCase, "NULL"];
    private static readonly Symbol PatRegex = Symbol.Intern("Pat Regex");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Regex", Regex);
        table.Add(Category, "Regex Match", RegexMatch);
    }

    /// <summary>
    /// <c>Regex(source, pattern, &lt;format="\0"&gt;, &lt;IGNORECASE&gt;, &lt;GLOBALREPLACE&gt;)</c>: the
    /// format filled in from the first match, or missing when nothing matches. With GLOBALREPLACE,
    /// the source with every match replaced by the filled-in format (unchanged when nothing
    /// matches, as the Scripting Guide says). Case matters unless IGNORECASE.
    /// </summary>
    private static Value Regex(CallContext c)
    {
        var args = StringArguments.Positional(c, flags: RegexFlags);
        if (args.Count < 2) throw c.Error("Regex: needs a source and a pattern");
        if (args.Count > 3) throw c.Error("Regex: too many arguments");
        var source = StringArguments.StringArg(c, args[0], "Regex: the source");
        var regex = Compile(c, PatternText(c, args[1], "Regex"), StringArguments.HasFlag(c, IgnoreCase));
        var format = args.Count > 2 ? StringArguments.StringArg(c, args[2], "Regex: the format") : "\\0";
        if (StringArguments.HasFlag(c, GlobalReplace))
        {
            var replaced = CancellableRegex.Run(c, regex, r => r.Replace(source, m => RegexFormat.Expand(format, m)));
            // Checked after the fact (the regex decides what it replaces), so a loop of global
            // replacements stops within twice the limit instead of running out of memory.
            c.Limits.CheckString(replaced.Length, c.Call);
            return new StringValue(replaced);
        }
        var match = CancellableRegex.Run(c, regex, r => r.Match(source));
        return match.Success ? new StringValue(RegexFormat.Expand(format, match)) : NumberValue.Missing;
    }

    /// <summary>
    /// <c>Regex Match(source, pattern, &lt;replacement|NULL&gt;, &lt;MATCHCASE&gt;)</c>: a list of the whole
    /// match and each group's text (empty list when nothing matches). Case is ignored unless
    /// MATCHCASE. With a replacement and a variable as source, the first match in the variable is
    /// replaced by the filled-in replacement.
    /// </summary>
    private static Value RegexMatch(CallContext c)
    {
        var args = StringArguments.Positional(c, flags: RegexMatchFlags);
        if (args.Count < 2) throw c.Error("Regex Match: needs a source and a pattern");
        if (args.Count > 3) throw c.Error("Regex Match: too many arguments");
        var source = StringArguments.StringArg(c, args[0], "Regex Match: the source");
        var regex = Compile(c, PatternText(c, args[1], "Regex Match"), !StringArguments.HasFlag(c, MatchCase));
        var replacement = args.Count > 2 ? StringArguments.StringArg(c, args[2], "Regex Match: the replacement") : null;
        var match = CancellableRegex.Run(c, regex, r => r.Match(source));
        if (!match.Success) return new ListValue();
        var groups = new List<Value>(match.Groups.Count);
        for (var g = 0; g < match.Groups.Count; g++) groups.Add(new StringValue(match.Groups[g].Success ? match.Groups[g].Value : ""));
        if (replacement is not null && c.ArgNode(args[0]) is NameNode variable)
        {
            var replaced = string.Concat(source.AsSpan(0, match.Index), RegexFormat.Expand(replacement, match), source.AsSpan(match.Index + match.Length));
            Assignment.Store(c, variable, new StringValue(replaced));
        }
        return new ListValue(groups);
    }

    /// <summary>The pattern text: a string, or the string inside a <c>Pat Regex("...")</c> call.</summary>
    private static string PatternText(CallContext c, int index, string name)
    {
        if (c.ArgNode(index) is CallNode { Args.Count: 1 } call && ReferenceEquals(call.Head, PatRegex))
        {
            return c.Eval(call.Args[0]) is StringValue inner ? inner.Value : throw c.Error($"{name}: Pat Regex needs a string");
        }
        return StringArguments.StringArg(c, index, $"{name}: the pattern");
    }

    /// <summary>
    /// The compiled pattern. Decision: <c>.</c> matches any character, line breaks included
    /// (.NET's Singleline), as the Scripting Guide says of it ("The . matches any character") and as
    /// patterns written for JMP rely on: jsl-hamcrest's JUnit reporter tests turn each line break of
    /// an expected report into <c>.+</c>. <c>^</c> and <c>$</c> keep matching only at the ends of the
    /// text; the guide says nothing of lines for them.
    /// </summary>
    private static Regex Compile(CallContext c, string pattern, bool ignoreCase)
    {
        var options = RegexOptions.CultureInvariant | RegexOptions.Singleline | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return RegexCache.Get(pattern, options);
        }
        catch (ArgumentException e)
        {
            throw c.Error($"Regex: invalid pattern \"{pattern}\" ({e.Message})");
        }
    }
}
