using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Values;

/// <summary>
/// A scriptable object that answers <c>obj &lt;&lt; Message(args)</c> (a socket, for one). The
/// message arrives unevaluated; the object evaluates what it needs through the context.
/// </summary>
public abstract class ObjectValue : Value
{
    /// <summary>Handles one message; returns the message's result.</summary>
    public abstract Value Send(Evaluation.CallContext context, Node message);

    /// <summary>How the object prints (<c>Socket[STREAM]</c>).</summary>
    public abstract string DisplayText { get; }
}
