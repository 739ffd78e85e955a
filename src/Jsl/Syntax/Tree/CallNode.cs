namespace Jsl.Syntax.Tree;

/// <summary>
/// A call <c>Head(arg, ...)</c>. Operators are calls too: <c>a + b</c> is <c>Add(a, b)</c> with
/// the position of the operator token. Arguments are never evaluated by the tree; the callee decides.
/// </summary>
internal sealed class CallNode(SourcePosition position, Symbol head, string headText, IReadOnlyList<Node> args, Node? qualifier = null, bool headIsString = false) : Node(position)
{
    /// <summary>The interned head name.</summary>
    public Symbol Head { get; } = head;

    /// <summary>The head as written (whitespace folded); for operators, the function name (<c>Add</c>); for a string head, the string's text.</summary>
    public string HeadText { get; } = headText;

    /// <summary>The argument expressions, unevaluated.</summary>
    public IReadOnlyList<Node> Args { get; } = args;

    /// <summary>A scope qualifier written before the head (<c>ns:f(x)</c>, <c>Here:f(x)</c>), else null.</summary>
    public Node? Qualifier { get; } = qualifier;

    /// <summary>
    /// True when the head was written as a string literal, <c>"abc"(1, 2, 3)</c>: the call is then
    /// data (a string with children), never a function call, and prints back with the quotes.
    /// </summary>
    public bool HeadIsString { get; } = headIsString;

    /// <summary>The same call (position, head, qualifier, string head) with other arguments.</summary>
    public CallNode WithArgs(IReadOnlyList<Node> newArgs) => new(Position, Head, HeadText, newArgs, Qualifier, HeadIsString);

    /// <summary>Builds an operator call with one of the well-known <see cref="Heads"/>.</summary>
    public static CallNode Operator(SourcePosition position, Symbol head, params Node[] args) => new(position, head, head.Text, args);
}
