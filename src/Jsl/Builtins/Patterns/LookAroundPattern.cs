namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Pat Look Ahead(p, &lt;negate&gt;)</c>: matches nothing when p matches (or, negated, does not match)
/// starting at the cursor. <c>Pat Look Behind(p, &lt;negate&gt;)</c>: the same for p ending at the cursor.
/// Decision: conditional assignments made inside a look-around are dropped (it consumes nothing to
/// assign); immediate ones stay, like any immediate assignment.
/// </summary>
internal sealed class LookAroundPattern(Pattern inner, bool ahead, bool negate) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        var waiting = state.PendingCount;
        var found = ahead ? MatchesFrom(state, position, _ => true) : MatchesBefore(state, position);
        state.DropPendingFrom(waiting);
        if (found != negate) yield return position;
    }

    private bool MatchesBefore(MatchState state, int position)
    {
        for (var start = position; start >= 0; start--)
        {
            if (MatchesFrom(state, start, end => end == position)) return true;
        }
        return false;
    }

    private bool MatchesFrom(MatchState state, int start, Func<int, bool> accept)
    {
        foreach (var end in inner.Match(state, start))
        {
            if (accept(end)) return true;
        }
        return false;
    }

    public override string ToString() => $"{(ahead ? "Pat Look Ahead" : "Pat Look Behind")}({inner}, {(negate ? 1 : 0)})";
}
