namespace Jsl.Syntax.Tree;

/// <summary>An associative-array literal: <c>[=&gt;]</c>, <c>["a" =&gt; 1, "b" =&gt; 2, =&gt; 0]</c> (the last, keyless entry is the default value).</summary>
internal sealed class AssociativeArrayNode(SourcePosition position, IReadOnlyList<Node> keys, IReadOnlyList<Node> values, Node? defaultValue) : Node(position)
{
    /// <summary>The key expressions, in source order.</summary>
    public IReadOnlyList<Node> Keys { get; } = keys;

    /// <summary>The value expressions, parallel to <see cref="Keys"/>.</summary>
    public IReadOnlyList<Node> Values { get; } = values;

    /// <summary>The default value (<c>=&gt; v</c>), or null.</summary>
    public Node? DefaultValue { get; } = defaultValue;
}
