using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>
/// Every <c>&lt;&lt;</c> message of every receiver kind, in one place: filled at start-up by explicit
/// registration (no reflection), read by <c>Send</c> and by the generator of docs/functions.md.
/// A send costs one lookup of the receiver's type and one of the interned message name.
/// </summary>
public sealed class MessageTable
{
    private readonly Dictionary<Type, MessageReceiver> _receivers = [];

    /// <summary>The receiver kind for values of type <typeparamref name="T"/>, made on first call.</summary>
    public MessageReceiver Receiver<T>(string name) where T : Value
    {
        if (_receivers.TryGetValue(typeof(T), out var existing)) return existing;
        var created = new MessageReceiver(name);
        _receivers[typeof(T)] = created;
        return created;
    }

    /// <summary>The receiver kind of <paramref name="target"/>'s type, or null when it answers no messages.</summary>
    public MessageReceiver? Find(Value target) => _receivers.GetValueOrDefault(target.GetType());

    /// <summary>Every receiver kind.</summary>
    public IEnumerable<MessageReceiver> Receivers => _receivers.Values;

    /// <summary>Answers <c>target &lt;&lt; message</c>, the <c>&lt;&lt;</c> call being <paramref name="send"/>.</summary>
    public Value Send(CallContext send, Value target, Node message)
    {
        var receiver = Find(target) ?? throw send.Error($"Send Expects Scriptable Object ({target.TypeName})");
        var call = message switch
        {
            CallNode { Qualifier: null } written => written,
            NameNode { Scope: NameScope.Unqualified } name => new CallNode(name.Position, name.Symbol, name.Text, []),
            _ => throw send.Error(receiver.NotAMessage),
        };
        var entry = receiver.Find(call.Head);
        var answer = new MessageCall(send, new CallContext(send.Interpreter, call, send.Scope), target, message, entry);
        if (entry is not null) return receiver.Around is { } around ? around(answer, entry) : entry.Body(answer);
        return receiver.Fallback?.Invoke(answer) ?? throw receiver.UnknownMessage(answer);
    }
}
