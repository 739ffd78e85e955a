using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    private const string ConnectionMessages = "Connection";
    private const string DataMessages = "Data";
    private const string StateMessages = "State";

    /// <summary>The socket's rows of the message table, and the wrapper every message runs in.</summary>
    /// <remarks>
    /// Decision: each message checks its arguments before the socket's state, so misuse is a JSL
    /// error even on a closed socket (NOTSOCK is a network outcome, misuse is not).
    /// </remarks>
    public static void RegisterMessages(MessageTable table)
    {
        var socket = table.Receiver<SocketValue>("Socket");
        socket.UnknownMessage = static m => m.Message.Error($"Socket does not recognize the message '{m.Name}'");
        socket.NotAMessage = "Socket: a message must be a name or a call, such as <<Recv(1000)";
        socket.Around = Answer;
        foreach (var (category, name, _, body) in Rows) socket.Add(category, name, body);
    }

    /// <summary>Every socket message: its category, its name, the operation its failures are reported as, its body.</summary>
    private static readonly (string Category, string Name, SocketOperation Operation, MessageBody Body)[] Rows =
    [
        (ConnectionMessages, "Connect", SocketOperation.Connect, static m => Of(m).Connect(m.Message)),
        (ConnectionMessages, "Bind", SocketOperation.Bind, static m => Of(m).Bind(m.Message)),
        (ConnectionMessages, "Listen", SocketOperation.Listen, static m => Of(m).Listen(m.Message)),
        (ConnectionMessages, "Accept", SocketOperation.Accept, static m => Of(m).Accept(m.Message, fast: false)),
        (ConnectionMessages, "Accept Fast", SocketOperation.Accept, static m => Of(m).Accept(m.Message, fast: true)),
        (ConnectionMessages, "Close", SocketOperation.Close, static m => Of(m).Close(m.Message)),
        (DataMessages, "Send", SocketOperation.Send, static m => Of(m).SendData(m.Message)),
        (DataMessages, "SendTo", SocketOperation.SendTo, static m => Of(m).SendTo(m.Message)),
        (DataMessages, "Recv", SocketOperation.Recv, static m => Of(m).Recv(m.Message)),
        (DataMessages, "RecvFrom", SocketOperation.RecvFrom, static m => Of(m).RecvFrom(m.Message)),
        (StateMessages, "Ioctl", SocketOperation.Ioctl, static m => Of(m).Ioctl(m.Message)),
        (StateMessages, "GetPeerName", SocketOperation.GetPeerName, static m => Of(m).GetPeerName(m.Message)),
        (StateMessages, "GetSockName", SocketOperation.GetSockName, static m => Of(m).GetSockName(m.Message)),
    ];

    /// <summary>The operation each message's unforeseen failures are reported as, by interned name.</summary>
    private static readonly Dictionary<Symbol, SocketOperation> Operations =
        Rows.ToDictionary(static r => Symbol.Intern(r.Name), static r => r.Operation, (IEqualityComparer<Symbol>)ReferenceEqualityComparer.Instance);

    private static SocketValue Of(MessageCall m) => (SocketValue)m.Receiver;

    /// <summary>Runs one socket message: remembers where it was sent from, traces it, and keeps .NET failures statuses.</summary>
    private static Value Answer(MessageCall m, MessageEntry entry)
    {
        var socket = Of(m);
        // Traces point at the start of `skt << Message(...)`, the object sent to.
        socket.messagePosition = m.Send.Count > 0 ? m.Send.ArgNode(0).Position : m.Send.Call.Position;
        Value result;
        try
        {
            result = entry.Body(m);
        }
        catch (OperationCanceledException) when (socket.runtime.Interpreter.State.Budget.Cancellation.IsCancellationRequested)
        {
            // A name lookup the run's cancellation ended.
            throw StepBudget.Cancelled(m.Send.Call);
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A failure no message foresaw (a socket closed under a blocked call by a signal, say):
            // still a status, never a .NET exception.
            result = SocketResult.WithStatus(entry.Name.Key, SocketResult.Text(SocketOutcome.Of(e, Operations[entry.Name])));
        }
        catch (Exception e) when (e is not Runtime.Errors.JslException && Runtime.Descriptors.DescriptorExhaustion.Explains(e))
        {
            // .NET loading an assembly or starting a thread with no descriptor left (issue 8):
            // what the script should hear is MFILE, not "Could not load file or assembly".
            result = SocketResult.Error(entry.Name.Key, SocketErrorCode.MFile);
        }
        socket.runtime.Trace?.Message(socket.messagePosition, socket.Id, m.Written, result);
        // A cancelled run closed every socket, which is what ended a blocking call: the script
        // stops here rather than reading that status as the network's answer.
        socket.runtime.Interpreter.State.Budget.ThrowIfCancelled(m.Send.Call);
        return result;
    }
}
