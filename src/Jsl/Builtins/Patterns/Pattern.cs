namespace Jsl.Builtins.Patterns;

/// <summary>
/// One node of a SNOBOL-style pattern. Matching is backtracking: <see cref="Match"/> lazily yields
/// every cursor position at which this node can end when it starts at <c>position</c>, in the order
/// the matcher should try them; asking for the next one is "backing into" the node.
/// </summary>
internal abstract class Pattern
{
    /// <summary>The successive end positions of this node started at <paramref name="position"/>.</summary>
    public abstract IEnumerable<int> Match(MatchState state, int position);

    /// <summary>How the node is written in JSL, for printing a pattern value.</summary>
    public abstract override string ToString();
}
