namespace Jsl.Builtins.Patterns;

/// <summary><c>Pat Arb()</c>: nothing at first, then one more character each time the matcher backs into it.</summary>
internal sealed class ArbPattern : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        for (var end = position; end <= state.Text.Length; end++)
        {
            state.Step();
            yield return end;
        }
    }

    public override string ToString() => "Pat Arb()";
}
