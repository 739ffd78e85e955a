namespace Jsl.Builtins.Patterns;

/// <summary><c>p1 + p2 + ...</c> (<c>Pat Concat</c>): each part in turn, backing into the latest part first.</summary>
internal sealed class SequencePattern(IReadOnlyList<Pattern> parts) : Pattern
{
    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<Pattern> Parts { get; } = parts;

    public override IEnumerable<int> Match(MatchState state, int position) => MatchFrom(state, 0, position);

    private IEnumerable<int> MatchFrom(MatchState state, int index, int position)
    {
        state.EnsureStack();
        if (index == Parts.Count)
        {
            yield return position;
            yield break;
        }
        foreach (var middle in Parts[index].Match(state, position))
        {
            foreach (var end in MatchFrom(state, index + 1, middle)) yield return end;
        }
    }

    public override string ToString() => string.Join(" + ", Parts.Select(static p => p is AlternationPattern ? $"({p})" : p.ToString()));
}
