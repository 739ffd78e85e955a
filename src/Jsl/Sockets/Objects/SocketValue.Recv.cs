using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Sockets.Background;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    /// <summary>
    /// <c>Recv(n, &lt;callback, timeout&gt;)</c> → <c>{"recv","ok",blob}</c>: up to <c>n</c> bytes of
    /// what is available. With a callback: the background form of spec §4.
    /// </summary>
    private ListValue Recv(CallContext c)
    {
        const string Name = "recv";
        SocketArguments.AtMost(c, 3, "Recv");
        var maxBytes = SocketArguments.ByteCount(c, 0, "Recv");
        var callback = SocketArguments.Callback(c, 1, "Recv");
        var timeout = SocketArguments.Timeout(c, 2, "Recv");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (handle is null || (Kind == SocketKind.Stream && !connected)) return SocketResult.Error(Name, SocketErrorCode.NotConn);
        if (callback is not null)
        {
            ArmRecv(new BackgroundCallback(runtime, callback, c.Scope, c.Call, messagePosition), maxBytes, timeout);
            return SocketResult.Ok(Name);
        }
        if (IsArmed(recvOperation)) return SocketResult.Error(Name, SocketErrorCode.InProgress);

        if (Kind == SocketKind.Stream)
        {
            ReadResult stream;
            do
            {
                if (blocking) WaitReady(handle, SelectMode.SelectRead, c.Call);
                stream = SocketReads.Receive(handle, maxBytes);
            }
            while (blocking && stream.Kind == BackgroundResultKind.WouldBlock);
            return RecvList(stream);
        }
        return RecvList(ReceiveDatagram(handle, maxBytes, c));
    }

    /// <summary>
    /// One datagram now; in blocking mode after waiting for it (again, when the readiness was
    /// another reader's). This socket's mode alone decides: the operating-system socket never blocks.
    /// </summary>
    private ReadResult ReceiveDatagram(System.Net.Sockets.Socket socket, int maxBytes, CallContext c)
    {
        ReadResult datagram;
        do
        {
            if (blocking) WaitReady(socket, SelectMode.SelectRead, c.Call);
            datagram = SocketReads.ReceiveFrom(socket, maxBytes);
        }
        while (blocking && datagram.Kind == BackgroundResultKind.WouldBlock);
        return datagram;
    }

    /// <summary>
    /// <c>RecvFrom(n, &lt;callback, timeout&gt;)</c> → <c>{"recvfrom","ok",blob,address,port}</c>:
    /// one datagram; longer than <c>n</c>, it is truncated and the status is MSGSIZE.
    /// </summary>
    private ListValue RecvFrom(CallContext c)
    {
        const string Name = "recvfrom";
        SocketArguments.AtMost(c, 3, "RecvFrom");
        var maxBytes = SocketArguments.ByteCount(c, 0, "RecvFrom");
        var callback = SocketArguments.Callback(c, 1, "RecvFrom");
        var timeout = SocketArguments.Timeout(c, 2, "RecvFrom");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (Kind != SocketKind.Datagram) return SocketResult.Error(Name, SocketErrorCode.OpNotSupp);
        if (handle is null || !bound) return SocketResult.Error(Name, SocketErrorCode.Inval);
        if (callback is not null)
        {
            ArmRecvFrom(new BackgroundCallback(runtime, callback, c.Scope, c.Call, messagePosition), maxBytes, timeout);
            return SocketResult.Ok(Name);
        }
        if (IsArmed(recvFromOperation)) return SocketResult.Error(Name, SocketErrorCode.InProgress);

        return RecvFromList(ReceiveDatagram(handle, maxBytes, c));
    }

    /// <summary><c>{"recv", status, blob}</c>, or <c>{"recv", status}</c> without data (a datagram's sender is not in it).</summary>
    private static ListValue RecvList(ReadResult result) => result.Kind switch
    {
        // The list of every busy background Recv: no items array, the shared "ok".
        BackgroundResultKind.Ok => SocketResult.Ok(RecvName, new BlobValue(result.Data)),
        BackgroundResultKind.Truncated => SocketResult.WithStatus(RecvName, result.Outcome, new BlobValue(result.Data)),
        _ => SocketResult.WithStatus(RecvName, result.Outcome),
    };

    private static ListValue RecvFromList(ReadResult result) => result.HasData
        ? SocketResult.WithStatus(RecvFromName, result.Outcome, new BlobValue(result.Data), new StringValue(result.Address), new StringValue(result.Port))
        : SocketResult.WithStatus(RecvFromName, result.Outcome);
}
