using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

/// <summary>What parsing a script gives: the tree (as far as it could be built) and every syntax error found.</summary>
internal sealed class ParseResult(Node root, IReadOnlyList<SyntaxError> errors)
{
    /// <summary>The whole script as one node (a <c>Glue</c> of its expressions, a single expression, or <c>Empty()</c>).</summary>
    public Node Root { get; } = root;

    /// <summary>Every syntax error, in source order; empty when the script is well-formed.</summary>
    public IReadOnlyList<SyntaxError> Errors { get; } = errors;

    /// <summary>True when there were no syntax errors.</summary>
    public bool Succeeded => Errors.Count == 0;
}
