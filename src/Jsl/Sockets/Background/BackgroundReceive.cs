using System.Net.Sockets;
using Jsl.Runtime.Scheduling;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>Recv(n, callback, timeout)</c> on a stream socket. Each round waits for
/// readiness with a zero-byte receive (no buffer held while idle), then reads up to
/// <c>n</c> bytes of what is available into a pooled buffer (<see cref="SocketReads"/>).
/// Ends at the peer's close (CLOSED), an error, or the timeout.
/// </summary>
internal sealed class BackgroundReceive : BackgroundOperation<ReceiveResult>
{
    private readonly Socket socket;
    private readonly int maxBytes;

    /// <summary>The same, with a consumer that never ends the operation itself (tests, hosts).</summary>
    public BackgroundReceive(Socket socket, int maxBytes, EventLoop loop, TimeSpan timeout, Action<ReceiveResult> consumer)
        : this(socket, maxBytes, loop, timeout, Consumers.Always(consumer))
    {
    }


    /// <summary>(consumer false: the operation ends) A background stream receive of up to <paramref name="maxBytes"/> bytes per completion.</summary>
    public BackgroundReceive(Socket socket, int maxBytes, EventLoop loop, TimeSpan timeout, Func<ReceiveResult, bool> consumer)
        : base(loop, timeout, consumer)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        this.socket = socket;
        this.maxBytes = maxBytes;
    }

    /// <inheritdoc />
    protected override async ValueTask<ReceiveResult> ReceiveOneAsync(CancellationToken cancellationToken)
    {
        try
        {
            await socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            return await SocketReads.ReceiveReadyAsync(socket, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException exception)
        {
            return ReceiveResult.Of(BackgroundResultKind.Failed, SocketErrorMapping.ToStatus(exception, SocketOperation.Recv));
        }
    }

    /// <inheritdoc />
    protected override bool IsTerminal(ReceiveResult result) => result.Kind != BackgroundResultKind.Ok;

    /// <inheritdoc />
    protected override ReceiveResult TimedOutResult() =>
        ReceiveResult.Of(BackgroundResultKind.TimedOut, SocketErrorCatalog.Text(SocketErrorCode.TimedOut));

    /// <inheritdoc />
    protected override ReceiveResult UnexpectedFailure(Exception exception) =>
        ReceiveResult.Of(BackgroundResultKind.Failed, SocketReads.UnexpectedStatus(exception, SocketOperation.Recv));
}
