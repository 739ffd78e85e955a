using Jsl.Runtime.Values;
using Jsl.Sockets.Background;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    private static readonly StringValue RecvName = new("recv");
    private static readonly StringValue RecvFromName = new("recvfrom");
    private static readonly StringValue AcceptName = new("accept");
    private static readonly StringValue AcceptFastName = new("acceptfast");

    private IBackgroundOperation? recvOperation;
    private IBackgroundOperation? recvFromOperation;
    private IBackgroundOperation? acceptOperation;

    private static bool IsArmed(IBackgroundOperation? operation) => operation is { IsActive: true };

    /// <summary>
    /// Arms a background Recv, replacing an earlier one (spec §4): the socket becomes non-blocking
    /// and stays so; each completion calls the callback, and the next read starts after it.
    /// </summary>
    private void ArmRecv(BackgroundCallback callback, int maxBytes, TimeSpan timeout)
    {
        blocking = false;
        recvOperation?.Dispose();
        recvOperation = null;
        recvOperation = BackgroundOperations.Receive(runtime.Loop, handle!, maxBytes, timeout, result => Deliver(callback, RecvList(result)));
    }

    private void ArmRecvFrom(BackgroundCallback callback, int maxBytes, TimeSpan timeout)
    {
        blocking = false;
        recvFromOperation?.Dispose();
        recvFromOperation = null;
        recvFromOperation = BackgroundOperations.Receive(runtime.Loop, handle!, maxBytes, timeout, result => Deliver(callback, RecvFromList(result)));
    }

    private void ArmAccept(BackgroundCallback callback, bool fast, TimeSpan timeout)
    {
        blocking = false;
        acceptOperation?.Dispose();
        acceptOperation = null;
        var name = fast ? AcceptFastName : AcceptName;
        acceptOperation = BackgroundOperations.Accept(runtime.Loop, handle!, fast ? null : runtime.Resolver, timeout, result => Deliver(callback, result.Kind == BackgroundResultKind.Ok
            ? SocketResult.Ok(name, new StringValue(result.PeerName), Adopt(result.Socket!))
            : SocketResult.WithStatus(name, result.Outcome)));
    }

    /// <summary>
    /// Runs the callback (script thread). False when the operation must end: the socket was
    /// closed, or the callback failed (spec §4).
    /// </summary>
    private bool Deliver(BackgroundCallback callback, ListValue result) => !closed && callback.Invoke(this, result);

    /// <summary>Cancels every background operation; nothing queued is delivered afterwards.</summary>
    private void EndBackground()
    {
        recvOperation?.Dispose();
        recvFromOperation?.Dispose();
        acceptOperation?.Dispose();
    }
}
