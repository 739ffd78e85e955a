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

    /// <summary>The message alone (<c>Name Unresolved: foo</c>).</summary>
    public string Text => Message;

    /// <summary>JMP's whole log line for this error.</summary>
    public string LogLine => Formatting.ErrorFormatter.LogLine(this);
}
