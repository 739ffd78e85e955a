using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Errors;

/// <summary>
/// An error raised by JSL evaluation (an unresolved name, a wrong argument). Reported as JMP's log
/// line: <c>MESSAGE in access or evaluation of 'HEAD' , EXPR/*###*/</c>.
/// </summary>
internal sealed class JslRuntimeError : JslException
{
    /// <summary>Creates an error about <paramref name="node"/>.</summary>
    public JslRuntimeError(string message, Node? node) : base(message)
    {
        Node = node;
        if (node is not null) Position = node.Position;
    }

    /// <summary>What a host's diagnostic calls it: a run-time error, unless a limit or a cancellation raised it.</summary>
    public JslDiagnosticKind Kind { get; init; } = JslDiagnosticKind.Runtime;

    /// <summary>True for <c>Throw("!msg")</c>: <c>Try</c> does not catch it.</summary>
    public bool Fatal { get; init; }

    /// <summary>The expression that failed, or null.</summary>
    public Node? Node { get; }

    /// <summary>
    /// The read of a variable where the error is reported when the stored expression that variable
    /// held raised it (see <c>Interpreter.ReadStored</c>), or null.
    /// </summary>
    public Node? ReadSite { get; private set; }

    /// <summary>Reports this error at <paramref name="read"/>, the read of the variable whose stored expression raised it.</summary>
    public void ReportAt(Node read)
    {
        ReadSite = read;
        Position = read.Position;
    }

    /// <summary>
    /// For an exception filter: reports this run-time error at <paramref name="read"/> when the
    /// node that raised it (or the read it is already reported at) is <paramref name="tree"/> or
    /// inside it; always false, so the filter declines the error. Limits ("Recursion too deep")
    /// are left where they are, without a look at the tree, as their filters run where the stack
    /// is all but spent.
    /// </summary>
    public bool MovedTo(Node read, Node tree)
    {
        if (Kind == JslDiagnosticKind.Runtime && (ReadSite ?? Node) is { } raised && Contains(tree, raised)) ReportAt(read);
        return false;
    }

    private static bool Contains(Node tree, Node node)
    {
        if (ReferenceEquals(tree, node)) return true;
        switch (tree)
        {
            case CallNode call:
                if (call.Qualifier is { } qualifier && Contains(qualifier, node)) return true;
                foreach (var arg in call.Args)
                {
                    if (Contains(arg, node)) return true;
                }
                return false;
            case AssociativeArrayNode array:
                foreach (var key in array.Keys)
                {
                    if (Contains(key, node)) return true;
                }
                foreach (var value in array.Values)
                {
                    if (Contains(value, node)) return true;
                }
                return array.DefaultValue is { } fallback && Contains(fallback, node);
            default:
                return false;
        }
    }

    /// <summary>The message alone (<c>Name Unresolved: foo</c>).</summary>
    public string Text => Message;

    /// <summary>JMP's whole log line for this error.</summary>
    public string LogLine => Formatting.ErrorFormatter.LogLine(this);
}
