using Jsl.Syntax;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>One row of the message table: who answers it, its name as JMP spells it, its category and its body.</summary>
internal sealed class MessageEntry(MessageReceiver receiver, Symbol name, string displayName, string category, MessageBody body)
{
    /// <summary>The receiver kind that answers it.</summary>
    public MessageReceiver Receiver { get; } = receiver;

    /// <summary>The interned name (<c>getkeys</c>).</summary>
    public Symbol Name { get; } = name;

    /// <summary>The name as JMP spells it (<c>Get Keys</c>).</summary>
    public string DisplayName { get; } = displayName;

    /// <summary>The group it is listed under within its receiver kind.</summary>
    public string Category { get; } = category;

    /// <summary>The implementation.</summary>
    public MessageBody Body { get; } = body;
}
