using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Expr(...)</c> inside a pattern: evaluated each time the matcher reaches it, and its value (a
/// pattern or a string) matched in its place. This is how patterns refer to themselves or to
/// variables set earlier in the same match.
/// </summary>
internal sealed class DeferredPattern(Node expression) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        state.EnterDeferred();
        try
        {
            var value = state.Evaluate(expression);
            var pattern = PatternOperands.From(value)
                ?? throw state.Context.Error($"Pat Match: Expr({ValueFormatter.ToCode(new ExpressionValue(expression))}) gave a {value.TypeName}, not a pattern or string");
            foreach (var end in pattern.Match(state, position)) yield return end;
        }
        finally
        {
            state.LeaveDeferred();
        }
    }

    public override string ToString() => $"Expr({ValueFormatter.ToCode(new ExpressionValue(expression))})";
}
