namespace Jsl.Syntax.Tree;

/// <summary>A string literal with its escapes already processed.</summary>
internal sealed class StringNode(SourcePosition position, string value) : Node(position)
{
    /// <summary>The string's characters.</summary>
    public string Value { get; } = value;
}
