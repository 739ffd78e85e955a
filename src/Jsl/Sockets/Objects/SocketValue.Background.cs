using Jsl.Runtime.Values;
using Jsl.Sockets.Background;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    private BackgroundReceive? recvStream;
    private BackgroundReceiveFrom? recvDatagram;
    private BackgroundReceiveFrom? recvFrom;
    private BackgroundAccept? acceptOperation;

    private static bool IsArmed<T>(BackgroundOperation<T>? operation) => operation is { IsActive: true };

    /// <summary>
    /// Arms a background Recv, replacing an earlier one (spec §4): the socket becomes non-blocking
    /// and stays so; each completion calls the callback, and the next read starts after it.
    /// </summary>
    private void ArmRecv(BackgroundCallback callback, int maxBytes, TimeSpan timeout)
    {
        blocking = false;
        recvStream?.Dispose();
        recvDatagram?.Dispose();
        recvStream = null;
        recvDatagram = null;
        if (Kind == SocketKind.Stream)
        {
            BackgroundReceive? operation = null;
            operation = new BackgroundReceive(handle!, maxBytes, runtime.Loop, timeout, result => Deliver(callback, operation!, RecvList(result)));
            recvStream = operation;
            operation.Start();
        }
        else
        {
            BackgroundReceiveFrom? operation = null;
            operation = new BackgroundReceiveFrom(handle!, maxBytes, runtime.Loop, timeout, result => Deliver(callback, operation!, RecvList(result)));
            recvDatagram = operation;
            operation.Start();
        }
    }

    private void ArmRecvFrom(BackgroundCallback callback, int maxBytes, TimeSpan timeout)
    {
        blocking = false;
        recvFrom?.Dispose();
        BackgroundReceiveFrom? operation = null;
        operation = new BackgroundReceiveFrom(handle!, maxBytes, runtime.Loop, timeout, result => Deliver(callback, operation!, RecvFromList(result)));
        recvFrom = operation;
        operation.Start();
    }

    private void ArmAccept(BackgroundCallback callback, bool fast, TimeSpan timeout)
    {
        blocking = false;
        acceptOperation?.Dispose();
        var name = fast ? "acceptfast" : "accept";
        BackgroundAccept? operation = null;
        operation = new BackgroundAccept(handle!, fast ? null : runtime.Resolver, runtime.Loop, timeout, result =>
        {
            var list = result.Kind == BackgroundResultKind.Ok
                ? SocketResult.Ok(name, new StringValue(result.PeerName), Adopt(result.Socket!))
                : SocketResult.WithStatus(name, result.Status);
            Deliver(callback, operation!, list);
        });
        acceptOperation = operation;
        operation.Start();
    }

    /// <summary>Runs the callback (script thread); a callback that fails ends its operation (spec §4).</summary>
    private void Deliver(BackgroundCallback callback, IDisposable operation, ListValue result)
    {
        if (closed) return;
        if (!callback.Invoke(this, result)) operation.Dispose();
    }

    /// <summary>Cancels every background operation; nothing queued is delivered afterwards.</summary>
    private void EndBackground()
    {
        recvStream?.Dispose();
        recvDatagram?.Dispose();
        recvFrom?.Dispose();
        acceptOperation?.Dispose();
    }
}
