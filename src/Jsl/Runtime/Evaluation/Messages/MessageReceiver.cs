using Jsl.Runtime.Errors;
using Jsl.Syntax;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>
/// One kind of value that answers <c>&lt;&lt;</c> (Socket, Associative Array, Namespace): its built-in
/// messages by interned name, and optionally a fallback for messages resolved at run time and a
/// wrapper around every built-in message.
/// </summary>
internal sealed class MessageReceiver
{
    private readonly Dictionary<Symbol, MessageEntry> _entries = new(ReferenceEqualityComparer.Instance);

    internal MessageReceiver(string name)
    {
        Name = name;
        UnknownMessage = m => m.Send.Error($"Object '{Name}' does not recognize the message '{m.Name}'");
        NotAMessage = $"a message to {Name} must be a name or a call";
    }

    /// <summary>The kind's name as JMP prints it in errors (<c>Associative Array</c>).</summary>
    public string Name { get; }

    /// <summary>Answers messages no row names (user methods); null when there are none.</summary>
    public MessageFallback? Fallback { get; set; }

    /// <summary>Wraps every built-in message of this kind; null runs bodies as they are.</summary>
    public MessageAround? Around { get; set; }

    /// <summary>The error for a message the kind does not know (by default JMP's "Object 'X' does not recognize the message 'Y'").</summary>
    public Func<MessageCall, JslRuntimeError> UnknownMessage { get; set; }

    /// <summary>The error text for a message that is neither a name nor a call.</summary>
    public string NotAMessage { get; set; }

    /// <summary>Registers a built-in message; its name is matched as JSL matches names (case and spaces ignored).</summary>
    public MessageReceiver Add(string category, string displayName, MessageBody body)
    {
        var symbol = Symbol.Intern(displayName);
        if (_entries.ContainsKey(symbol)) throw new InvalidOperationException($"message '{displayName}' of {Name} registered twice");
        _entries[symbol] = new MessageEntry(this, symbol, displayName, category, body);
        return this;
    }

    /// <summary>The built-in message named <paramref name="name"/>, or null.</summary>
    public MessageEntry? Find(Symbol name) => _entries.GetValueOrDefault(name);

    /// <summary>Every built-in message of this kind.</summary>
    public IEnumerable<MessageEntry> Entries => _entries.Values;
}
