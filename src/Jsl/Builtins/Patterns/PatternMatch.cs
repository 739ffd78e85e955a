using System.Text.RegularExpressions;
using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Pat Match(source, pattern, &lt;replacement|NULL&gt;, &lt;ANCHOR|UNANCHORED&gt;, &lt;FULLSCAN&gt;)</c>:
/// 1 when the pattern matches somewhere in the source (at its start only with ANCHOR), else 0. With
/// a replacement, the matched text in the source variable is replaced by it; the replacement is
/// evaluated after the match, so it can use the text the pattern assigned.
/// </summary>
internal static class PatternMatch
{
    /// <summary>How long one <c>Pat Regex</c> step may take before the match is stopped.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(5);

    public static Value Run(CallContext c) => Run(c, MatchState.DefaultStepLimit);

    /// <summary>Runs the call with a given step budget (tests use a small one).</summary>
    internal static Value Run(CallContext c, long stepLimit)
    {
        c.RequireCount(2, 5);
        var source = c.Eval(0) is StringValue s ? s.Value : throw c.Error("Pat Match: the source must be a string");
        var pattern = PatternOperands.Argument(c, 1, "Pat Match");
        var (replacement, anchored) = Options(c);
        if (replacement is not null && !PatternOperands.IsAssignable(c.ArgNode(0)))
        {
            throw c.Error("Pat Match: a replacement needs a variable as the source");
        }
        var state = new MatchState(c, source, stepLimit);
        if (Find(state, pattern, anchored) is not var (start, end)) return NumberValue.Zero;
        state.CommitPending();
        if (replacement is not null)
        {
            var text = c.Eval(replacement) is StringValue r ? r.Value : throw c.Error("Pat Match: the replacement must be a string");
            Assignment.Store(c, c.ArgNode(0), new StringValue(string.Concat(source.AsSpan(0, start), text, source.AsSpan(end))));
        }
        return NumberValue.One;
    }

    /// <summary>
    /// The options after the pattern: a replacement (or NULL for none) in third place, then ANCHOR,
    /// UNANCHORED (the default) and FULLSCAN. Decision: FULLSCAN is accepted and changes nothing, since
    /// this matcher never skips alternatives by the length heuristics FULLSCAN turns off in JMP.
    /// </summary>
    private static (Node? Replacement, bool Anchored) Options(CallContext c)
    {
        Node? replacement = null;
        var anchored = false;
        for (var i = 2; i < c.Count; i++)
        {
            if (c.IsEmptyArg(i)) continue;
            var node = c.ArgNode(i);
            switch (node is NameNode { Scope: NameScope.Unqualified } name ? PatternBuiltins.Normalize(name.Text) : null)
            {
                case "NULL" or "FULLSCAN":
                    break;
                case "ANCHOR":
                    anchored = true;
                    break;
                case "UNANCHORED":
                    anchored = false;
                    break;
                default:
                    if (i != 2) throw c.Error("Pat Match: unknown option; expected NULL, ANCHOR, UNANCHORED or FULLSCAN");
                    replacement = node;
                    break;
            }
        }
        return (replacement, anchored);
    }

    /// <summary>Whether <paramref name="pattern"/> matches somewhere in <paramref name="text"/> (unanchored), as <c>Pat Match</c> without options.</summary>
    internal static bool Occurs(CallContext c, string text, Pattern pattern)
    {
        var state = new MatchState(c, text);
        if (Find(state, pattern, anchored: false) is null) return false;
        state.CommitPending();
        return true;
    }

    /// <summary>The first match: the earliest start, and there the first end the pattern offers; null when none.</summary>
    private static (int Start, int End)? Find(MatchState state, Pattern pattern, bool anchored)
    {
        var lastStart = anchored ? 0 : state.Text.Length;
        try
        {
            for (var start = 0; start <= lastStart; start++)
            {
                state.DropPendingFrom(0);
                foreach (var end in pattern.Match(state, start)) return (start, end);
            }
            return null;
        }
        catch (PatternAbortedException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            throw state.Context.Error("Pat Match: a Pat Regex took too long to match");
        }
    }
}
