using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Jsl.Sockets.Background;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets;

/// <summary>
/// The one read of a socket, made now: the script's own <c>Recv</c> / <c>RecvFrom</c> (after
/// <c>SocketValue</c> has waited, in blocking mode) and the background operations once the loop
/// has found the socket readable. It never decides whether to wait: the operating-system socket
/// is non-blocking (<c>SocketValue</c>'s decision), so nothing there gives WOULDBLOCK.
/// </summary>
/// <remarks>
/// Reads are sized by what is available, never by what the script asked for alone: up to
/// <see cref="ScratchSize"/> bytes go into one buffer per thread, reused; a larger <c>n</c>
/// (<c>Recv(2000000000)</c>) rents a buffer of the bytes actually waiting, capped at <c>n</c>.
/// Either way the script gets an exact-size copy, its blob.
/// </remarks>
internal static class SocketReads
{
    /// <summary>The largest read served from the thread's reused buffer (a whole UDP datagram fits).</summary>
    public const int ScratchSize = 65536;

    [ThreadStatic]
    private static byte[]? scratch;

    /// <summary>
    /// <c>Recv(n)</c> now: up to <paramref name="maxBytes"/> bytes, WOULDBLOCK when nothing is
    /// there (on a non-blocking socket), CLOSED at the peer's orderly close.
    /// </summary>
    public static ReadResult Receive(Socket socket, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        try
        {
            var buffer = Buffer(socket, maxBytes, out var size);
            try
            {
                var count = socket.Receive(buffer.AsSpan(0, size), SocketFlags.None, out var error);
                return error switch
                {
                    SocketError.Success => Received(buffer, count),
                    SocketError.WouldBlock => WouldBlock(),
                    _ => ReadResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(error, SocketOperation.Recv)),
                };
            }
            finally
            {
                Give(buffer);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            return ReadResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(exception, SocketOperation.Recv));
        }
    }

    /// <summary>
    /// <c>RecvFrom(n)</c> now: one datagram, truncated to <paramref name="maxBytes"/> with
    /// MSGSIZE when longer; WOULDBLOCK as <see cref="Receive"/>.
    /// </summary>
    public static ReadResult ReceiveFrom(Socket socket, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        try
        {
            var buffer = Buffer(socket, maxBytes, out var size);
            try
            {
                var flags = SocketFlags.None;
                EndPoint remote = AnyEndPoint(socket);
                var count = socket.ReceiveMessageFrom(buffer.AsSpan(0, size), ref flags, ref remote, out _);
                return Datagram(buffer, count, flags, remote);
            }
            finally
            {
                Give(buffer);
            }
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.WouldBlock)
        {
            return WouldBlock();
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.MessageSize)
        {
            // Some platforms report truncation as an error rather than a flag; the data is lost then.
            return ReadResult.Of(BackgroundResultKind.Truncated, SocketErrorCode.MsgSize);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            return ReadResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(exception, SocketOperation.RecvFrom));
        }
    }

    /// <summary>Reads what a ready stream socket has, up to <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<ReadResult> ReceiveReadyAsync(Socket socket, int maxBytes, CancellationToken cancellationToken)
    {
        var size = ReadSize(socket, maxBytes);
        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var count = await socket.ReceiveAsync(rented.AsMemory(0, size), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            return Received(rented, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads the datagram a ready datagram socket has, up to <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<ReadResult> ReceiveDatagramReadyAsync(Socket socket, int maxBytes, CancellationToken cancellationToken)
    {
        var size = ReadSize(socket, maxBytes);
        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var message = await socket.ReceiveMessageFromAsync(rented.AsMemory(0, size), SocketFlags.None, AnyEndPoint(socket), cancellationToken).ConfigureAwait(false);
            return Datagram(rented, message.ReceivedBytes, message.SocketFlags, message.RemoteEndPoint);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Bytes to read now: what the system says is waiting (for a datagram socket on Linux, the
    /// size of the next datagram), at least one, at most <paramref name="maxBytes"/>.
    /// </summary>
    internal static int ReadSize(Socket socket, int maxBytes) => Math.Min(maxBytes, Math.Max(1, socket.Available));

    /// <summary>
    /// The buffer for a read of up to <paramref name="maxBytes"/> now, and the <paramref name="size"/>
    /// to read into it: the thread's reused buffer for up to <see cref="ScratchSize"/>, else one
    /// rented for what is waiting (<see cref="ReadSize"/>). Hand it back with <see cref="Give"/>.
    /// </summary>
    private static byte[] Buffer(Socket socket, int maxBytes, out int size)
    {
        if (maxBytes <= ScratchSize)
        {
            size = maxBytes;
            return scratch ??= new byte[ScratchSize];
        }
        size = ReadSize(socket, maxBytes);
        return ArrayPool<byte>.Shared.Rent(size);
    }

    private static void Give(byte[] buffer)
    {
        if (buffer != scratch) ArrayPool<byte>.Shared.Return(buffer);
    }

    private static ReadResult Received(byte[] buffer, int count) =>
        count == 0
            ? ReadResult.Of(BackgroundResultKind.Closed, SocketErrorCode.Closed)
            : ReadResult.Received(buffer.AsSpan(0, count).ToArray());

    private static ReadResult WouldBlock() => ReadResult.Of(BackgroundResultKind.WouldBlock, SocketErrorCode.WouldBlock);

    private static ReadResult Datagram(byte[] buffer, int count, SocketFlags flags, EndPoint? remote)
    {
        var truncated = (flags & SocketFlags.Truncated) != 0;
        var sender = remote as IPEndPoint;
        return new ReadResult(
            truncated ? BackgroundResultKind.Truncated : BackgroundResultKind.Ok,
            truncated ? SocketOutcome.Of(SocketErrorCode.MsgSize) : SocketOutcome.Ok,
            buffer.AsSpan(0, count).ToArray(),
            sender is null ? "" : AddressInfoBuilder.AddressText(sender.Address),
            sender is null ? "" : sender.Port.ToString(CultureInfo.InvariantCulture));
    }

    private static IPEndPoint AnyEndPoint(Socket socket) =>
        new(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
}
