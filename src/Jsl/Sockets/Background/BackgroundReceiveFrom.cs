using System.Net.Sockets;
using Jsl.Runtime.Scheduling;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>RecvFrom(n, callback, timeout)</c> on a datagram socket: one datagram per
/// completion. Readiness is awaited with a zero-byte <em>peek</em> (a plain zero-byte read could
/// discard a datagram), then the datagram is read with <c>ReceiveMessageFrom</c> so that
/// truncation is seen and reported as MSGSIZE with the truncated data.
/// </summary>
internal sealed class BackgroundReceiveFrom : BackgroundOperation<DatagramResult>
{
    private readonly Socket socket;
    private readonly int maxBytes;

    /// <summary>The same, with a consumer that never ends the operation itself (tests, hosts).</summary>
    public BackgroundReceiveFrom(Socket socket, int maxBytes, EventLoop loop, TimeSpan timeout, Action<DatagramResult> consumer)
        : this(socket, maxBytes, loop, timeout, Consumers.Always(consumer))
    {
    }


    /// <summary>(consumer false: the operation ends) A background datagram receive of up to <paramref name="maxBytes"/> bytes per datagram.</summary>
    public BackgroundReceiveFrom(Socket socket, int maxBytes, EventLoop loop, TimeSpan timeout, Func<DatagramResult, bool> consumer)
        : base(loop, timeout, consumer)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        this.socket = socket;
        this.maxBytes = maxBytes;
    }

    /// <inheritdoc />
    protected override async ValueTask<DatagramResult> ReceiveOneAsync(CancellationToken cancellationToken)
    {
        try
        {
            await socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.Peek, cancellationToken).ConfigureAwait(false);
            return await SocketReads.ReceiveDatagramReadyAsync(socket, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException exception)
        {
            return DatagramResult.Of(BackgroundResultKind.Failed, SocketErrorMapping.ToStatus(exception, SocketOperation.RecvFrom));
        }
    }

    /// <inheritdoc />
    protected override bool IsTerminal(DatagramResult result) => !result.HasData;

    /// <inheritdoc />
    protected override DatagramResult TimedOutResult() =>
        DatagramResult.Of(BackgroundResultKind.TimedOut, SocketErrorCatalog.Text(SocketErrorCode.TimedOut));

    /// <inheritdoc />
    protected override DatagramResult UnexpectedFailure(Exception exception) =>
        DatagramResult.Of(BackgroundResultKind.Failed, SocketReads.UnexpectedStatus(exception, SocketOperation.RecvFrom));
}
