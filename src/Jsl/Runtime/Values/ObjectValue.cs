namespace Jsl.Runtime.Values;

/// <summary>
/// A scriptable object (a socket, for one) that prints as itself; the messages it answers are
/// its rows of the message table (<see cref="Evaluation.Messages.MessageTable"/>).
/// </summary>
internal abstract class ObjectValue : Value
{
    /// <summary>How the object prints (<c>Socket[STREAM]</c>).</summary>
    public abstract string DisplayText { get; }
}
