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
        if (IsArmed(recvStream) || IsArmed(recvDatagram)) return SocketResult.Error(Name, SocketErrorCode.InProgress);

        if (blocking) WaitReady(handle, SelectMode.SelectRead, c.Call);
        if (Kind == SocketKind.Stream) return RecvList(SocketReads.Receive(handle, maxBytes));
        return RecvList(SocketReads.ReceiveFrom(handle, maxBytes));
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
        if (IsArmed(recvFrom)) return SocketResult.Error(Name, SocketErrorCode.InProgress);

        if (blocking) WaitReady(handle, SelectMode.SelectRead, c.Call);
        return RecvFromList(SocketReads.ReceiveFrom(handle, maxBytes));
    }

    private static ListValue RecvList(ReceiveResult result) => result.Kind == BackgroundResultKind.Ok
        ? SocketResult.Ok("recv", new BlobValue(result.Data))
        : SocketResult.WithStatus("recv", result.Status);

    /// <summary>Recv on a datagram socket: the datagram without its sender.</summary>
    private static ListValue RecvList(DatagramResult result) => result.HasData
        ? SocketResult.WithStatus("recv", result.Status, new BlobValue(result.Data))
        : SocketResult.WithStatus("recv", result.Status);

    private static ListValue RecvFromList(DatagramResult result) => result.HasData
        ? SocketResult.WithStatus("recvfrom", result.Status, new BlobValue(result.Data), new StringValue(result.Address), new StringValue(result.Port))
        : SocketResult.WithStatus("recvfrom", result.Status);
}
