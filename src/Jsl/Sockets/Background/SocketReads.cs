using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets.Background;

/// <summary>
/// Reads sized by what is available, never by what the script asked for: <c>Recv(2000000000)</c>
/// rents a buffer of the bytes actually waiting (at least one), capped at <c>n</c>, and hands the
/// script an exact-size copy. Used by the background operations once the socket is ready, and
/// by the plain (blocking and non-blocking) <c>Recv</c> / <c>RecvFrom</c>.
/// </summary>
internal static class SocketReads
{
    /// <summary>
    /// Plain <c>Recv(n)</c>: in blocking mode waits (without a buffer) until something can be
    /// read; in non-blocking mode returns WOULDBLOCK when nothing is there. The peer's orderly
    /// close gives CLOSED.
    /// </summary>
    public static ReceiveResult Receive(Socket socket, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        try
        {
            if (!WaitReadable(socket))
            {
                return WouldBlock();
            }

            var size = ReadSize(socket, maxBytes);
            var rented = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                var count = socket.Receive(rented.AsSpan(0, size), SocketFlags.None, out var error);
                return error switch
                {
                    SocketError.Success => Received(rented, count),
                    SocketError.WouldBlock => WouldBlock(),
                    _ => ReceiveResult.Of(BackgroundResultKind.Failed, SocketErrorMapping.ToStatus(error, SocketOperation.Recv)),
                };
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            return ReceiveResult.Of(BackgroundResultKind.Failed, UnexpectedStatus(exception, SocketOperation.Recv));
        }
    }

    /// <summary>
    /// Plain <c>RecvFrom(n)</c>: one datagram, truncated to <paramref name="maxBytes"/> with
    /// MSGSIZE when longer; blocking or non-blocking as <see cref="Receive"/>.
    /// </summary>
    public static DatagramResult ReceiveFrom(Socket socket, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        try
        {
            if (!WaitReadable(socket))
            {
                return DatagramResult.Of(BackgroundResultKind.WouldBlock, SocketErrorCatalog.Text(SocketErrorCode.WouldBlock));
            }

            var size = ReadSize(socket, maxBytes);
            var rented = ArrayPool<byte>.Shared.Rent(size);
            try
            {
                var flags = SocketFlags.None;
                EndPoint remote = AnyEndPoint(socket);
                var count = socket.ReceiveMessageFrom(rented.AsSpan(0, size), ref flags, ref remote, out _);
                return Datagram(rented, count, flags, remote);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.WouldBlock)
        {
            return DatagramResult.Of(BackgroundResultKind.WouldBlock, SocketErrorCatalog.Text(SocketErrorCode.WouldBlock));
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.MessageSize)
        {
            // Some platforms report truncation as an error rather than a flag; the data is lost then.
            return DatagramResult.Of(BackgroundResultKind.Truncated, SocketErrorCatalog.Text(SocketErrorCode.MsgSize));
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            return DatagramResult.Of(BackgroundResultKind.Failed, UnexpectedStatus(exception, SocketOperation.RecvFrom));
        }
    }

    /// <summary>Reads what a ready stream socket has, up to <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<ReceiveResult> ReceiveReadyAsync(Socket socket, int maxBytes, CancellationToken cancellationToken)
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
    public static async ValueTask<DatagramResult> ReceiveDatagramReadyAsync(Socket socket, int maxBytes, CancellationToken cancellationToken)
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

    /// <summary>A status for any exception a socket call may throw; never the exception itself.</summary>
    public static string UnexpectedStatus(Exception exception, SocketOperation operation) => exception switch
    {
        SocketException socketException => SocketErrorMapping.ToStatus(socketException, operation),
        ObjectDisposedException => SocketErrorCatalog.Text(SocketErrorCode.NotSock),
        // .NET's "you must call Bind first" and similar state complaints.
        InvalidOperationException => SocketErrorCatalog.Text(SocketErrorCode.Inval),
        _ when Runtime.Descriptors.DescriptorExhaustion.Explains(exception) => SocketErrorCatalog.Text(SocketErrorCode.MFile),
        _ => SocketErrorCatalog.Unlisted("SOCKETERROR", "The system reported an unexpected failure (" + exception.GetType().Name + ")."),
    };

    /// <summary>
    /// Bytes to read now: what the system says is waiting (for a datagram socket on Linux, the
    /// size of the next datagram), at least one, at most <paramref name="maxBytes"/>.
    /// </summary>
    internal static int ReadSize(Socket socket, int maxBytes) => Math.Min(maxBytes, Math.Max(1, socket.Available));

    private static bool WaitReadable(Socket socket)
    {
        // Blocking mode waits here, holding no buffer; non-blocking mode only asks.
        return socket.Poll(socket.Blocking ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, SelectMode.SelectRead);
    }

    private static ReceiveResult Received(byte[] buffer, int count) =>
        count == 0
            ? ReceiveResult.Of(BackgroundResultKind.Closed, SocketErrorCatalog.Text(SocketErrorCode.Closed))
            : ReceiveResult.Received(buffer.AsSpan(0, count).ToArray());

    private static ReceiveResult WouldBlock() =>
        ReceiveResult.Of(BackgroundResultKind.WouldBlock, SocketErrorCatalog.Text(SocketErrorCode.WouldBlock));

    private static DatagramResult Datagram(byte[] buffer, int count, SocketFlags flags, EndPoint? remote)
    {
        var truncated = (flags & SocketFlags.Truncated) != 0;
        var sender = remote as IPEndPoint;
        return new DatagramResult(
            truncated ? BackgroundResultKind.Truncated : BackgroundResultKind.Ok,
            truncated ? SocketErrorCatalog.Text(SocketErrorCode.MsgSize) : SocketErrorCatalog.Ok,
            buffer.AsSpan(0, count).ToArray(),
            sender is null ? "" : AddressInfoBuilder.AddressText(sender.Address),
            sender is null ? "" : sender.Port.ToString(CultureInfo.InvariantCulture));
    }

    private static IPEndPoint AnyEndPoint(Socket socket) =>
        new(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
}
