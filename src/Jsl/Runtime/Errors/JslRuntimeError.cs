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

    /// <summary>True when the node that raised this error (or the read it is reported at) is <paramref name="tree"/> or inside it.</summary>
    public bool RaisedWithin(Node tree) => (ReadSite ?? Node) is { } raised && Contains(tree, raised);

    private static bool Contains(Node tree, Node node) => ReferenceEquals(tree, node) || tree switch
    {
        CallNode call => (call.Qualifier is { } q && Contains(q, node)) || call.Args.Any(a => Contains(a, node)),
        AssociativeArrayNode array => array.Keys.Concat(array.Values).Any(a => Contains(a, node)) || (array.DefaultValue is { } d && Contains(d, node)),
        _ => false,
    };

    /// <summary>The message alone (<c>Name Unresolved: foo</c>).</summary>
    public string Text => Message;

    /// <summary>JMP's whole log line for this error.</summary>
    public string LogLine => Formatting.ErrorFormatter.LogLine(this);
}
