using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Patterns;

/// <summary><c>Pat At(var)</c>: matches nothing and immediately stores the cursor position in var.</summary>
internal sealed class AtPattern(Node target) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        state.Store(target, NumberValue.Of(position));
        yield return position;
    }

    public override string ToString() => $"Pat At({ValueFormatter.ToCode(new ExpressionValue(target))})";
}
