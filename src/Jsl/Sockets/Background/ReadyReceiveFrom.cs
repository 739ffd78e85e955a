using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Runtime.Scheduling.Linux;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>Recv</c> or <c>RecvFrom(n, callback, timeout)</c> on a datagram socket,
/// readiness path: one datagram per readiness report, truncated to <c>n</c> with MSGSIZE (the
/// operation stays armed then, see <see cref="BackgroundResultKind.Truncated"/>).
/// </summary>
internal sealed class ReadyReceiveFrom(EventLoop loop, EpollSet set, Socket socket, int maxBytes, TimeSpan timeout, Func<DatagramResult, bool> consumer)
    : ReadyOperation<DatagramResult>(loop, set, socket, timeout, consumer)
{
    /// <inheritdoc/>
    protected override bool TryRead(out DatagramResult result)
    {
        result = SocketReads.ReceiveFrom(Socket, maxBytes);
        return result.Kind != BackgroundResultKind.WouldBlock;
    }

    /// <inheritdoc/>
    protected override bool IsTerminal(DatagramResult result) => !result.HasData;

    /// <inheritdoc/>
    protected override DatagramResult TimedOutResult() =>
        DatagramResult.Of(BackgroundResultKind.TimedOut, SocketErrorCatalog.Text(SocketErrorCode.TimedOut));
}
