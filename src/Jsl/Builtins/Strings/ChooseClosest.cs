using Jsl.Runtime.Errors;
using System.Globalization;
using System.Text;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Strings;

/// <summary>
/// <c>Choose Closest(source, {canonical, ...}, options)</c> (Scripting Index, Programming): the
/// canonical string nearest the source by edit distance, within the options' rules; the source
/// itself (or the unmatched value) when none is near enough.
/// </summary>
internal static class ChooseClosest
{
    private const string Function = "Choose Closest";

    public static void Register(BuiltinTable table) => table.Add("Programming", Function, Compute);

    /// <summary>The rules, with the Index's defaults: differences of case, non-printable characters, whitespace and punctuation are ignored, no edits are allowed.</summary>
    private sealed class Rules
    {
        public bool IgnoreCase = true;
        public bool IgnoreNonprintable = true;
        public bool IgnoreWhitespace = true;
        public bool IgnorePunctuation = true;
        public int? MaxEditCount;
        public double? MaxEditRatio;
        public int MinStringLength = 3;
        public bool ReplaceUnmatched;
        public Value UnmatchedValue = new StringValue("");
    }

    private static Value Compute(CallContext c)
    {
        c.RequireCount(2);
        var source = c.Eval(0) as StringValue ?? throw c.Error($"{Function} needs a string as its source");
        var canonical = c.Eval(1) switch
        {
            ListValue list => list.Items.Select(item => item as StringValue ?? throw c.Error($"{Function} needs a list of strings, found {item.TypeName} in it")).ToList(),
            StringValue single => [single],
            var other => throw c.Error($"{Function} needs a list of canonical strings, found {other.TypeName}"),
        };
        var rules = ReadRules(c);
        var key = Normalize(source.Value, rules);
        // Decision: Min String Length counts the source's characters after the ignored ones are dropped.
        if (key.Length >= rules.MinStringLength)
        {
            var allowed = AllowedEdits(source.Value.Length, rules);
            StringValue? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in canonical)
            {
                var distance = EditDistance(key, Normalize(candidate.Value, rules));
                // Decision: the first canonical string at the least distance wins a tie.
                if (distance <= allowed && distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best is not null) return best;
        }
        return rules.ReplaceUnmatched ? rules.UnmatchedValue : source;
    }

    /// <summary>
    /// How many edits a match may take. Decision: with neither option none; with Max Edit Ratio the
    /// ratio of the source's characters as written, rounded down; with both, the smaller.
    /// </summary>
    private static int AllowedEdits(int sourceLength, Rules rules)
    {
        var allowed = rules.MaxEditCount ?? (rules.MaxEditRatio is null ? 0 : int.MaxValue);
        if (rules.MaxEditRatio is double ratio) allowed = Math.Min(allowed, (int)Math.Floor(ratio * sourceLength + 1e-9));
        return allowed;
    }

    private static Rules ReadRules(CallContext c)
    {
        var rules = new Rules();
        for (var i = 2; i < c.Count; i++)
        {
            if (c.ArgNode(i) is not CallNode { Qualifier: null, Args.Count: <= 1 } option) throw OptionError(c);
            Value? argument = option.Args.Count == 1 ? c.Eval(option.Args[0]) : null;
            switch (Symbol.CollapseWhitespace(option.HeadText).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())
            {
                case "IGNORECASE": rules.IgnoreCase = Flag(c, option, argument); break;
                case "IGNORENONPRINTABLE": rules.IgnoreNonprintable = Flag(c, option, argument); break;
                case "IGNOREWHITESPACE": rules.IgnoreWhitespace = Flag(c, option, argument); break;
                case "IGNOREPUNCTUATION": rules.IgnorePunctuation = Flag(c, option, argument); break;
                case "MAXEDITCOUNT": rules.MaxEditCount = (int)Count(c, option, argument, 0); break;
                case "MAXEDITRATIO":
                    var ratio = Number(c, option, argument);
                    if (ratio < 0 || ratio > 1) throw c.Error($"{Function}: Max Edit Ratio needs a number from 0 to 1");
                    rules.MaxEditRatio = ratio;
                    break;
                case "MINSTRINGLENGTH": rules.MinStringLength = (int)Count(c, option, argument, 3); break;
                case "REPLACEUNMATCHED": rules.ReplaceUnmatched = Flag(c, option, argument); break;
                // Decision: Unmatched(value) and Unmatched Value(value) set the value and also ask
                // for it, as the Index's Unmatched() example returns "" for an unmatched source.
                case "UNMATCHED" or "UNMATCHEDVALUE":
                    rules.UnmatchedValue = argument ?? new StringValue("");
                    rules.ReplaceUnmatched = true;
                    break;
                default: throw OptionError(c);
            }
        }
        return rules;
    }

    private static JslRuntimeError OptionError(CallContext c) => c.Error(
        $"{Function}'s options are Ignore Case, Ignore Nonprintable, Ignore Whitespace, Ignore Punctuation, Max Edit Count, Max Edit Ratio, Min String Length, Replace Unmatched and Unmatched Value");

    /// <summary>A 1|0 option; written without an argument it is on.</summary>
    private static bool Flag(CallContext c, CallNode option, Value? argument) => argument is null || Number(c, option, argument) != 0;

    private static double Count(CallContext c, CallNode option, Value? argument, double fallback)
    {
        var value = argument is null ? fallback : Number(c, option, argument);
        if (value < 0 || value != Math.Floor(value) || value > int.MaxValue) throw c.Error($"{Function}: {option.HeadText} needs a whole number of 0 or more");
        return value;
    }

    private static double Number(CallContext c, CallNode option, Value? argument) =>
        argument is NumberValue { IsMissing: false } n ? n.Value : throw c.Error($"{Function}: {option.HeadText} needs a number");

    /// <summary>
    /// The text compared: the ignored characters dropped, case folded when ignored. Decision:
    /// punctuation is every Unicode punctuation or symbol character (so "_" counts, as the Index's
    /// Ignore Punctuation example needs), non-printable ones are control and format characters.
    /// </summary>
    private static string Normalize(string text, Rules rules)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (rules.IgnoreWhitespace && char.IsWhiteSpace(ch)) continue;
            if (rules.IgnorePunctuation && (char.IsPunctuation(ch) || char.IsSymbol(ch))) continue;
            if (rules.IgnoreNonprintable && !char.IsWhiteSpace(ch) && (char.IsControl(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format)) continue;
            kept.Append(rules.IgnoreCase ? char.ToUpperInvariant(ch) : ch);
        }
        return kept.ToString();
    }

    /// <summary>The Levenshtein distance: the fewest insertions, deletions and substitutions turning one string into the other.</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
