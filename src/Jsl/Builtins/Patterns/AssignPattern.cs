using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Pat Immediate(p, var)</c> (<c>p &gt;&gt; var</c>): stores each text p matches as soon as it matches;
/// <c>Pat Conditional(p, var)</c> (<c>p &gt;? var</c>): stores the text p matched in the successful
/// match only. Around <c>Pat Pos()</c> the stored value is the cursor position instead of text.
/// </summary>
internal sealed class AssignPattern(Pattern inner, Node target, bool immediate) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        foreach (var end in inner.Match(state, position))
        {
            Value value = inner is CursorPattern { Kind: CursorKind.Cursor }
                ? NumberValue.Of(end)
                : new StringValue(state.Text[position..end]);
            if (immediate)
            {
                state.Store(target, value);
                yield return end;
            }
            else
            {
                var waiting = state.PendingCount;
                state.AddPending(target, value);
                yield return end;
                state.DropPendingFrom(waiting);
            }
        }
    }

    public override string ToString() =>
        $"{(immediate ? "Pat Immediate" : "Pat Conditional")}({inner}, {ValueFormatter.ToCode(new ExpressionValue(target))})";
}
