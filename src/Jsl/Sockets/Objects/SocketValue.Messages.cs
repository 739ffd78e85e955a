using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

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
        socket
            .Add(ConnectionMessages, "Connect", static m => Of(m).Connect(m.Message))
            .Add(ConnectionMessages, "Bind", static m => Of(m).Bind(m.Message))
            .Add(ConnectionMessages, "Listen", static m => Of(m).Listen(m.Message))
            .Add(ConnectionMessages, "Accept", static m => Of(m).Accept(m.Message, fast: false))
            .Add(ConnectionMessages, "Accept Fast", static m => Of(m).Accept(m.Message, fast: true))
            .Add(ConnectionMessages, "Close", static m => Of(m).Close(m.Message))
            .Add(DataMessages, "Send", static m => Of(m).SendData(m.Message))
            .Add(DataMessages, "SendTo", static m => Of(m).SendTo(m.Message))
            .Add(DataMessages, "Recv", static m => Of(m).Recv(m.Message))
            .Add(DataMessages, "RecvFrom", static m => Of(m).RecvFrom(m.Message))
            .Add(StateMessages, "Ioctl", static m => Of(m).Ioctl(m.Message))
            .Add(StateMessages, "GetPeerName", static m => Of(m).GetPeerName(m.Message))
            .Add(StateMessages, "GetSockName", static m => Of(m).GetSockName(m.Message));
    }

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
        catch (Exception e) when (e is System.Net.Sockets.SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A failure no message foresaw (a socket closed under a blocked call by a signal, say):
            // still a status, never a .NET exception.
            var key = entry.Name.Key;
            result = SocketResult.WithStatus(key, Background.SocketReads.UnexpectedStatus(e, OperationOf(key)));
        }
        socket.runtime.Trace?.Message(socket.messagePosition, socket.Id, m.Written, result);
        return result;
    }
}
