using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Runtime.Scheduling.Linux;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>Recv(n, callback, timeout)</c> on a stream socket, readiness path: each time
/// the socket is readable, one read of up to <c>n</c> bytes; the peer's close (CLOSED) or an
/// error ends it.
/// </summary>
internal sealed class ReadyReceive(EventLoop loop, EpollSet set, Socket socket, int maxBytes, TimeSpan timeout, Func<ReceiveResult, bool> consumer)
    : ReadyOperation<ReceiveResult>(loop, set, socket, timeout, consumer)
{
    /// <inheritdoc/>
    protected override bool TryRead(out ReceiveResult result)
    {
        result = SocketReads.Receive(Socket, maxBytes);
        return result.Kind != BackgroundResultKind.WouldBlock;
    }

    /// <inheritdoc/>
    protected override bool IsTerminal(ReceiveResult result) => result.Kind != BackgroundResultKind.Ok;

    /// <inheritdoc/>
    protected override ReceiveResult TimedOutResult() =>
        ReceiveResult.Of(BackgroundResultKind.TimedOut, SocketErrorCatalog.Text(SocketErrorCode.TimedOut));
}
