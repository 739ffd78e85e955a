using System.Net.Sockets;
using Jsl.Runtime.Scheduling;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>Recv</c> or <c>RecvFrom(n, callback, timeout)</c> on .NET's asynchronous
/// path. Each round waits for readiness with a zero-byte receive (no buffer held while idle),
/// then reads what is available into a pooled buffer (<see cref="SocketReads"/>). On a stream
/// socket: up to <c>n</c> bytes; it ends at the peer's close (CLOSED), an error, or the timeout.
/// On a datagram socket: one datagram, the zero-byte wait a <em>peek</em> (a plain zero-byte
/// read could discard a datagram), read with <c>ReceiveMessageFrom</c> so that truncation is
/// seen and reported as MSGSIZE with the truncated data (the operation stays armed then).
/// </summary>
internal sealed class BackgroundReceive : BackgroundOperation<ReadResult>
{
    private readonly Socket socket;
    private readonly int maxBytes;
    private readonly bool datagram;
    private readonly SocketOperation operation;

    /// <summary>The same, with a consumer that never ends the operation itself (tests, hosts).</summary>
    public BackgroundReceive(Socket socket, int maxBytes, EventLoop loop, TimeSpan timeout, Action<ReadResult> consumer)
        : this(socket, maxBytes, loop, timeout, Consumers.Always(consumer))
    {
    }

    /// <summary>A background receive of up to <paramref name="maxBytes"/> bytes per completion; a consumer returning false ends it.</summary>
    public BackgroundReceive(Socket socket, int maxBytes, EventLoop loop, TimeSpan timeout, Func<ReadResult, bool> consumer)
        : base(loop, timeout, consumer)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        this.socket = socket;
        this.maxBytes = maxBytes;
        datagram = socket.SocketType == SocketType.Dgram;
        operation = datagram ? SocketOperation.RecvFrom : SocketOperation.Recv;
    }

    /// <inheritdoc />
    protected override async ValueTask<ReadResult> ReceiveOneAsync(CancellationToken cancellationToken)
    {
        try
        {
            await socket.ReceiveAsync(Memory<byte>.Empty, datagram ? SocketFlags.Peek : SocketFlags.None, cancellationToken).ConfigureAwait(false);
            return datagram
                ? await SocketReads.ReceiveDatagramReadyAsync(socket, maxBytes, cancellationToken).ConfigureAwait(false)
                : await SocketReads.ReceiveReadyAsync(socket, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException exception)
        {
            return ReadResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(exception.SocketErrorCode, operation));
        }
    }

    /// <inheritdoc />
    protected override bool IsTerminal(ReadResult result) => !result.HasData;

    /// <inheritdoc />
    protected override ReadResult TimedOutResult() => ReadResult.Of(BackgroundResultKind.TimedOut, SocketErrorCode.TimedOut);

    /// <inheritdoc />
    protected override ReadResult UnexpectedFailure(Exception exception) =>
        ReadResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(exception, operation));
}
