using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Messages;

/// <summary>
/// Every <c>&lt;&lt;</c> message of every receiver kind, in one place: filled at start-up by explicit
/// registration (no reflection), read by <c>Send</c> and by the generator of docs/functions.md.
/// A send costs one lookup of the receiver's type and one of the interned message name.
/// </summary>
internal sealed class MessageTable
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

    /// <summary>
    /// Answers <c>target &lt;&lt; message</c>, the <c>&lt;&lt;</c> call being <paramref name="send"/>.
    /// A message is a name or a call; a list of messages (<c>obj &lt;&lt; {A, B(1)}</c>, Scripting
    /// Guide "Send Multiple Messages") sends each in turn; anything else is evaluated and its value
    /// is the message (<see cref="SendEvaluated"/>).
    /// </summary>
    public Value Send(CallContext send, Value target, Node message)
    {
        var receiver = Find(target) ?? throw send.Error($"Send Expects Scriptable Object ({target.TypeName})");
        switch (message)
        {
            case CallNode { Qualifier: null } list when ReferenceEquals(list.Head, Heads.List):
                return SendEach(send, target, list.Args);
            case CallNode { Qualifier: null } written:
                return Answer(receiver, send, target, written, message);
            case NameNode { Scope: NameScope.Unqualified } name:
                return Answer(receiver, send, target, new CallNode(name.Position, name.Symbol, name.Text, []), message);
            default:
                return SendEvaluated(receiver, send, target, send.Eval(message));
        }
    }

    /// <summary>
    /// A message given as a value: a string is parsed as JSL (<c>obj &lt;&lt; "Get Name"</c>, as
    /// jsl-hamcrest's message matchers send, and pass in JMP), an expression is sent as written,
    /// a list sends each of its items.
    /// </summary>
    /// <remarks>
    /// Decision: only a message that is neither a name nor a call is evaluated (a string, a
    /// qualified name such as <c>this:message</c>, a subscript); a bare name is always the
    /// message of that name, as JMP reads <c>obj &lt;&lt; Close</c>.
    /// </remarks>
    private Value SendEvaluated(MessageReceiver receiver, CallContext send, Value target, Value message) => message switch
    {
        StringValue text => Send(send, target, ParsedMessage(receiver, send, text.Value)),
        ExpressionValue { Node: CallNode or NameNode { Scope: NameScope.Unqualified } } expression => Send(send, target, expression.Node),
        ListValue list => SendEach(send, target, list.Items.Select(item => item is ExpressionValue e ? e.Node : ListLiteralNode(receiver, send, item)).ToList()),
        _ => throw send.Error(receiver.NotAMessage),
    };

    /// <summary>Decision: a list of messages answers what its last message answers, as <c>obj &lt;&lt; A &lt;&lt; B</c> does; an empty list answers Empty().</summary>
    private Value SendEach(CallContext send, Value target, IReadOnlyList<Node> messages)
    {
        Value answer = EmptyValue.Instance;
        foreach (var message in messages) answer = Send(send, target, message);
        return answer;
    }

    private static Node ParsedMessage(MessageReceiver receiver, CallContext send, string text)
    {
        var parsed = JslParser.Parse(text, "message");
        if (!parsed.Succeeded || parsed.Root is not (CallNode or NameNode { Scope: NameScope.Unqualified })) throw send.Error($"{receiver.NotAMessage}: \"{text}\"");
        return parsed.Root;
    }

    /// <summary>An item of a list of messages that is not an expression: only a string is a message.</summary>
    private static Node ListLiteralNode(MessageReceiver receiver, CallContext send, Value item) =>
        item is StringValue text ? ParsedMessage(receiver, send, text.Value) : throw send.Error(receiver.NotAMessage);

    private static Value Answer(MessageReceiver receiver, CallContext send, Value target, CallNode call, Node written)
    {
        var entry = receiver.Find(call.Head);
        var answer = new MessageCall(send, send.WithCall(call), target, written, entry);
        if (entry is not null) return receiver.Around is { } around ? around(answer, entry) : entry.Body(answer);
        return receiver.Fallback?.Invoke(answer) ?? throw receiver.UnknownMessage(answer);
    }
}
