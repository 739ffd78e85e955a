using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Patterns;

/// <summary><c>Pat Test(expr)</c>: matches nothing when expr, evaluated anew at each try, is true (nonzero).</summary>
internal sealed class TestPattern(Node condition) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        if (CallContext.IsTrue(state.Evaluate(condition))) yield return position;
    }

    public override string ToString() => $"Pat Test({ValueFormatter.ToCode(new ExpressionValue(condition))})";
}
