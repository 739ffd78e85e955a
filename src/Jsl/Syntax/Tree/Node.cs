namespace Jsl.Syntax.Tree;

/// <summary>
/// A node of a parsed JSL script. JSL's tree is uniform: apart from literals and names, every node
/// is a call <c>Head(args)</c>, and operators are sugar for calls with fixed heads
/// (<see cref="Heads"/>). Nodes are immutable once built; scripts can take them apart and
/// build new ones at run time (<c>Expr</c>, <c>Substitute</c>, <c>Insert</c> on expressions).
/// </summary>
internal abstract class Node
{
    /// <summary>Creates a node at <paramref name="position"/>.</summary>
    protected Node(SourcePosition position) => Position = position;

    /// <summary>Where the node starts in its script (the head name or the operator token).</summary>
    public SourcePosition Position { get; }

    /// <summary>
    /// A slot for the evaluator to keep what it prepared for this node (a resolved built-in,
    /// a constant value), so that each node is prepared once per tree, not on every evaluation.
    /// The syntax layer never reads it; only the evaluator's <c>Prepare</c> stores into it, always
    /// an executable, which the evaluator then reads without a checked cast.
    /// </summary>
    internal object? Prepared;
}
