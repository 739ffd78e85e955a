namespace Jsl.Builtins.Patterns;

/// <summary><c>p1 | p2 | ...</c> (<c>Pat Altern</c>): the first alternative, then the next ones as the matcher backs in.</summary>
internal sealed class AlternationPattern(IReadOnlyList<Pattern> alternatives) : Pattern
{
    /// <summary>The alternatives, in the order they are tried.</summary>
    public IReadOnlyList<Pattern> Alternatives { get; } = alternatives;

    public override IEnumerable<int> Match(MatchState state, int position)
    {
        foreach (var alternative in Alternatives)
        {
            foreach (var end in alternative.Match(state, position)) yield return end;
        }
    }

    public override string ToString() => string.Join(" | ", Alternatives.Select(static p => p.ToString()));
}
