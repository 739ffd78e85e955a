using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Runtime.Scheduling.Linux;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>Recv</c> or <c>RecvFrom(n, callback, timeout)</c>, readiness path: each time
/// the socket is readable, one read. On a stream socket up to <c>n</c> bytes, ending at the
/// peer's close (CLOSED) or an error; on a datagram socket one datagram, truncated to <c>n</c>
/// with MSGSIZE (the operation stays armed then, see <see cref="BackgroundResultKind.Truncated"/>).
/// </summary>
internal sealed class ReadyReceive(EventLoop loop, EpollSet set, Socket socket, int maxBytes, TimeSpan timeout, Func<ReadResult, bool> consumer)
    : ReadyOperation<ReadResult>(loop, set, socket, timeout, consumer)
{
    private readonly bool datagram = socket.SocketType == SocketType.Dgram;

    /// <inheritdoc/>
    protected override bool TryRead(out ReadResult result)
    {
        result = datagram ? SocketReads.ReceiveFrom(Socket, maxBytes) : SocketReads.Receive(Socket, maxBytes);
        return result.Kind != BackgroundResultKind.WouldBlock;
    }

    /// <inheritdoc/>
    protected override bool IsTerminal(ReadResult result) => !result.HasData;

    /// <inheritdoc/>
    protected override ReadResult TimedOutResult() => ReadResult.Of(BackgroundResultKind.TimedOut, SocketErrorCode.TimedOut);
}
