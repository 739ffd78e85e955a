using System.Net.Sockets;

namespace Jsl.Sockets;

/// <summary>
/// Turns what .NET reports (<see cref="SocketError"/>, <see cref="SocketException"/>, resolver
/// failures) into the status strings of <see cref="SocketErrorCatalog"/>. Total: every
/// <see cref="SocketError"/> value, known or not, yields a status string.
/// </summary>
internal static class SocketErrorMapping
{
    /// <summary>
    /// The catalogue code for <paramref name="error"/> when <paramref name="operation"/> failed,
    /// or <c>null</c> for the few values with no sensible WinSock equivalent (then
    /// <see cref="ToStatus(SocketError, SocketOperation)"/> spells out the .NET name).
    /// </summary>
    public static SocketErrorCode? ToCode(SocketError error, SocketOperation operation) => error switch
    {
        SocketError.AccessDenied => SocketErrorCode.Acces,
        SocketError.InvalidArgument => SocketErrorCode.Inval,
        SocketError.TooManyOpenSockets => SocketErrorCode.MFile,
        SocketError.ProcessLimit => SocketErrorCode.MFile,
        SocketError.WouldBlock => SocketErrorCode.WouldBlock,
        SocketError.IOPending => SocketErrorCode.WouldBlock,
        // Linux says EINPROGRESS / EALREADY while a non-blocking connect is under way; the spec
        // (§3 Connect) says WOULDBLOCK until established. Our own INPROGRESS means something else.
        SocketError.InProgress => SocketErrorCode.WouldBlock,
        SocketError.AlreadyInProgress => SocketErrorCode.WouldBlock,
        SocketError.NotSocket => SocketErrorCode.NotSock,
        // .NET reports an operation cut short by closing the socket this way; the socket is gone.
        SocketError.OperationAborted => SocketErrorCode.NotSock,
        SocketError.DestinationAddressRequired => SocketErrorCode.DestAddrReq,
        SocketError.MessageSize => SocketErrorCode.MsgSize,
        SocketError.ProtocolType => SocketErrorCode.OpNotSupp,
        SocketError.ProtocolOption => SocketErrorCode.OpNotSupp,
        SocketError.ProtocolNotSupported => SocketErrorCode.OpNotSupp,
        SocketError.SocketNotSupported => SocketErrorCode.OpNotSupp,
        SocketError.OperationNotSupported => SocketErrorCode.OpNotSupp,
        SocketError.ProtocolFamilyNotSupported => SocketErrorCode.AfNoSupport,
        SocketError.AddressFamilyNotSupported => SocketErrorCode.AfNoSupport,
        SocketError.AddressAlreadyInUse => SocketErrorCode.AddrInUse,
        SocketError.AddressNotAvailable => SocketErrorCode.AddrNotAvail,
        SocketError.NetworkDown => SocketErrorCode.NetDown,
        SocketError.SystemNotReady => SocketErrorCode.NetDown,
        SocketError.VersionNotSupported => SocketErrorCode.NetDown,
        SocketError.NotInitialized => SocketErrorCode.NetDown,
        SocketError.NetworkUnreachable => SocketErrorCode.NetUnreach,
        // WSAENETRESET: the implementation dropped the connection (keep-alive failure).
        SocketError.NetworkReset => SocketErrorCode.ConnReset,
        SocketError.ConnectionAborted => SocketErrorCode.ConnAborted,
        SocketError.ConnectionReset => SocketErrorCode.ConnReset,
        SocketError.NoBufferSpaceAvailable => SocketErrorCode.NoBufs,
        SocketError.IsConnected => SocketErrorCode.IsConn,
        SocketError.NotConnected => SocketErrorCode.NotConn,
        // Linux reality (§8): sending after the peer reset or closed gives EPIPE, which .NET
        // reports as Shutdown; WinSock (and so JMP) says WSAECONNRESET. Scripts never shut a
        // socket down themselves, so elsewhere Shutdown can only mean the same broken circuit.
        SocketError.Shutdown => operation is SocketOperation.Send or SocketOperation.SendTo
            ? SocketErrorCode.ConnReset
            : SocketErrorCode.Shutdown,
        // WSAEDISCON: a graceful shutdown is in progress; to a reader that is the peer's close.
        SocketError.Disconnecting => operation is SocketOperation.Recv or SocketOperation.RecvFrom
            ? SocketErrorCode.Closed
            : SocketErrorCode.Shutdown,
        // Decision: ETIMEDOUT from a read or write on an established connection means the kernel
        // gave up on the circuit (retransmissions or keep-alives unanswered, e.g. the interface
        // went down): WinSock 1.1 lists no WSAETIMEDOUT for recv/send but WSAECONNABORTED, "aborted
        // due to timeout or other failure". It also keeps TIMEDOUT meaning what §4 makes it mean
        // there: a background operation's own timeout passed, with the socket still usable.
        // A connect that timed out stays TIMEDOUT.
        SocketError.TimedOut => operation is SocketOperation.Recv or SocketOperation.Send
            ? SocketErrorCode.ConnAborted
            : SocketErrorCode.TimedOut,
        SocketError.ConnectionRefused => SocketErrorCode.ConnRefused,
        SocketError.HostDown => SocketErrorCode.HostUnreach,
        SocketError.HostUnreachable => SocketErrorCode.HostUnreach,
        SocketError.HostNotFound => SocketErrorCode.HostNotFound,
        SocketError.TryAgain => SocketErrorCode.TryAgain,
        SocketError.NoRecovery => SocketErrorCode.NoRecovery,
        SocketError.NoData => SocketErrorCode.NoData,
        // Success, SocketError (unspecified), Interrupted, Fault, TypeNotFound and anything a
        // later .NET adds: no WinSock 1.1 equivalent a script could act on.
        _ => null,
    };

    /// <summary>The status string (item 2 of a result list) for <paramref name="error"/>.</summary>
    public static string ToStatus(SocketError error, SocketOperation operation) =>
        ToCode(error, operation) is { } code ? SocketErrorCatalog.Text(code) : UnlistedText(error);

    /// <summary>The status string for a <see cref="SocketException"/> thrown by <paramref name="operation"/>.</summary>
    public static string ToStatus(SocketException exception, SocketOperation operation)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ToStatus(exception.SocketErrorCode, operation);
    }

    /// <summary>
    /// The resolver's classification of a failed name lookup: always one of HOST_NOT_FOUND,
    /// TRY_AGAIN, NO_RECOVERY or NO_DATA, whatever the system said.
    /// </summary>
    public static SocketErrorCode ToResolverCode(SocketError error) => error switch
    {
        SocketError.HostNotFound => SocketErrorCode.HostNotFound,
        // getaddrinfo's EAI_NONAME for a malformed or empty name arrives as InvalidArgument.
        SocketError.InvalidArgument => SocketErrorCode.HostNotFound,
        SocketError.TryAgain => SocketErrorCode.TryAgain,
        SocketError.TimedOut => SocketErrorCode.TryAgain,
        SocketError.NoData => SocketErrorCode.NoData,
        // EAI_FAMILY / EAI_ADDRFAMILY: the name exists but has no address of the asked family.
        SocketError.AddressFamilyNotSupported => SocketErrorCode.NoData,
        _ => SocketErrorCode.NoRecovery,
    };

    /// <summary>The status string for an exception thrown by a name lookup (§5).</summary>
    public static SocketErrorCode ToResolverCode(Exception exception) => exception switch
    {
        SocketException socketException => ToResolverCode(socketException.SocketErrorCode),
        // System.Net.Dns rejects over-long or malformed names with ArgumentException.
        ArgumentException => SocketErrorCode.HostNotFound,
        TimeoutException or OperationCanceledException => SocketErrorCode.TryAgain,
        _ => SocketErrorCode.NoRecovery,
    };

    /// <summary>The status string of a system error the catalogue has no code for.</summary>
    public static string UnlistedText(SocketError error)
    {
        var name = Enum.IsDefined(error) ? error.ToString().ToUpperInvariant() : "SOCKETERROR" + ((int)error).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return SocketErrorCatalog.Unlisted(name, $"The system reported a socket error that has no WinSock equivalent ({(int)error}).");
    }
}
