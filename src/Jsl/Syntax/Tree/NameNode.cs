namespace Jsl.Syntax.Tree;

/// <summary>A name, possibly scoped: <c>x</c>, <c>::x</c>, <c>Here:x</c>, <c>ns:x</c>, <c>Name("a b")</c>, <c>"a b"n</c>.</summary>
internal sealed class NameNode(SourcePosition position, Symbol symbol, string text, NameScope scope = NameScope.Unqualified, Node? qualifier = null) : Node(position)
{
    /// <summary>The interned name (compare by reference).</summary>
    public Symbol Symbol { get; } = symbol;

    /// <summary>The name as written, whitespace runs folded to one space (for printing).</summary>
    public string Text { get; } = text;

    /// <summary>How the name was qualified.</summary>
    public NameScope Scope { get; } = scope;

    /// <summary>For <see cref="NameScope.Qualified"/>: the qualifier, a <see cref="NameNode"/> or a <see cref="StringNode"/>.</summary>
    public Node? Qualifier { get; } = qualifier;
}
