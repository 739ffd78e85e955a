using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>
/// One message being answered: <c>receiver &lt;&lt; Message(args)</c>. <see cref="Send"/> is the
/// context of the whole <c>&lt;&lt;</c> call (JMP reports most message errors there, "in access or
/// evaluation of 'Send'"); <see cref="Message"/> is the message's own call, whose arguments a body
/// evaluates in the sender's scope.
/// </summary>
internal readonly struct MessageCall(CallContext send, CallContext message, Value receiver, Node written, MessageEntry? entry)
{
    /// <summary>The <c>receiver &lt;&lt; message</c> call.</summary>
    public CallContext Send { get; } = send;

    /// <summary>The message as a call (a bare name <c>&lt;&lt;Close</c> becomes <c>Close()</c>).</summary>
    public CallContext Message { get; } = message;

    /// <summary>The value the message was sent to.</summary>
    public Value Receiver { get; } = receiver;

    /// <summary>The message as written (a name or a call), for a fallback that passes it on (a list sends it to each item).</summary>
    public Node Written { get; } = written;

    /// <summary>The built-in row answering it; null when a fallback answers.</summary>
    public MessageEntry? Entry { get; } = entry;

    /// <summary>The message's name: as JMP spells it when a row answers it, else as written.</summary>
    public string Name => Entry?.DisplayName ?? Message.Call.HeadText;

    /// <summary>Requires <paramref name="min"/> to <paramref name="max"/> message arguments (errors at the <c>&lt;&lt;</c>).</summary>
    public void RequireCount(int min, int max)
    {
        var count = Message.Count;
        if (count < min) throw Send.Error($"{Name} needs {(min == 1 ? "an argument" : $"{min} arguments")}");
        if (count > max) throw Send.Error($"too many arguments to {Name}");
    }

    /// <summary>The message's arguments, evaluated in order in the sender's scope, after <see cref="RequireCount"/>.</summary>
    public Value[] EvaluatedArgs(int min, int max)
    {
        RequireCount(min, max);
        var args = new Value[Message.Count];
        for (var i = 0; i < args.Length; i++) args[i] = Message.Eval(i);
        return args;
    }
}
