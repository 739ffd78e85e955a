using System.Collections.Frozen;

namespace Jsl.Sockets;

/// <summary>
/// The one place that holds every socket error string, byte for byte (spec sockets.md §6).
/// Each string is <c>CODE: Sentence. </c>, ending in a space; alternatives are joined by
/// <c>". or, "</c>. The first four are JMP's own words; the rest follow the WinSock 1.1
/// descriptions in the same shape.
/// </summary>
internal static class SocketErrorCatalog
{
    private static readonly (SocketErrorCode Code, string Name, string Text)[] Entries =
    [
        (SocketErrorCode.ConnRefused, "CONNREFUSED", "CONNREFUSED: The attempt to connect was forcefully rejected. "),
        (SocketErrorCode.NotConn, "NOTCONN", "NOTCONN: The socket is not connected. "),
        (SocketErrorCode.AddrNotAvail, "ADDRNOTAVAIL", "ADDRNOTAVAIL: The specified address is not available from the local machine. "),
        (SocketErrorCode.Inval, "INVAL", "INVAL: The socket is (or is not, depending on context) already bound to an address. or, Listen was not invoked prior to accept. or, Invalid host address. or, The socket has not been bound with Bind. "),
        (SocketErrorCode.WouldBlock, "WOULDBLOCK", "WOULDBLOCK: The socket is marked as non-blocking and the requested operation would block. "),
        (SocketErrorCode.Closed, "CLOSED", "CLOSED: The connection was closed by the remote side. "),
        (SocketErrorCode.TimedOut, "TIMEDOUT", "TIMEDOUT: The operation timed out. "),
        (SocketErrorCode.InProgress, "INPROGRESS", "INPROGRESS: A background operation is already in progress on this socket. "),
        (SocketErrorCode.AddrInUse, "ADDRINUSE", "ADDRINUSE: The specified address is already in use. "),
        (SocketErrorCode.AfNoSupport, "AFNOSUPPORT", "AFNOSUPPORT: Addresses in the specified family cannot be used with this socket. "),
        (SocketErrorCode.ConnAborted, "CONNABORTED", "CONNABORTED: The virtual circuit was aborted due to timeout or other failure. "),
        (SocketErrorCode.ConnReset, "CONNRESET", "CONNRESET: The virtual circuit was reset by the remote side. "),
        (SocketErrorCode.DestAddrReq, "DESTADDRREQ", "DESTADDRREQ: A destination address is required. "),
        (SocketErrorCode.IsConn, "ISCONN", "ISCONN: The socket is already connected. "),
        (SocketErrorCode.MFile, "MFILE", "MFILE: No more file descriptors are available. "),
        (SocketErrorCode.MsgSize, "MSGSIZE", "MSGSIZE: The datagram was too large to fit into the specified buffer and was truncated. "),
        (SocketErrorCode.NetUnreach, "NETUNREACH", "NETUNREACH: The network cannot be reached from this host at this time. "),
        (SocketErrorCode.HostUnreach, "HOSTUNREACH", "HOSTUNREACH: The host cannot be reached from this host at this time. "),
        (SocketErrorCode.NoBufs, "NOBUFS", "NOBUFS: No buffer space is available. "),
        (SocketErrorCode.NotSock, "NOTSOCK", "NOTSOCK: The descriptor is not a socket. "),
        (SocketErrorCode.OpNotSupp, "OPNOTSUPP", "OPNOTSUPP: The referenced socket is not a type that supports the requested operation. "),
        (SocketErrorCode.Shutdown, "SHUTDOWN", "SHUTDOWN: The socket has been shut down. "),
        (SocketErrorCode.NetDown, "NETDOWN", "NETDOWN: The Windows Sockets implementation detected that the network subsystem failed. "),
        (SocketErrorCode.Acces, "ACCES", "ACCES: The requested address is a broadcast address, but the appropriate flag was not set. "),
        (SocketErrorCode.HostNotFound, "HOST_NOT_FOUND", "HOST_NOT_FOUND: Authoritative Answer Host not found. "),
        (SocketErrorCode.TryAgain, "TRY_AGAIN", "TRY_AGAIN: Non-Authoritative Host not found, or SERVERFAIL. "),
        (SocketErrorCode.NoRecovery, "NO_RECOVERY", "NO_RECOVERY: Non recoverable errors, FORMERR, REFUSED, NOTIMP. "),
        (SocketErrorCode.NoData, "NO_DATA", "NO_DATA: Valid name, no data record of requested type. "),
        (SocketErrorCode.NetPolicy, "NETPOLICY", "NETPOLICY: The network policy does not allow this address. "),
    ];

    private static readonly string[] Texts = BuildIndexed(static e => e.Text);
    private static readonly string[] Names = BuildIndexed(static e => e.Name);
    private static readonly FrozenDictionary<string, SocketErrorCode> ByName =
        Entries.ToFrozenDictionary(static e => e.Name, static e => e.Code, StringComparer.Ordinal);

    /// <summary>The status value <c>"ok"</c>, the only non-error status.</summary>
    public const string Ok = "ok";

    /// <summary>Every code in catalogue order.</summary>
    public static IEnumerable<SocketErrorCode> Codes => Entries.Select(static e => e.Code);

    /// <summary>The full status string for <paramref name="code"/>, e.g. <c>"NOTCONN: The socket is not connected. "</c>.</summary>
    public static string Text(SocketErrorCode code) => Texts[(int)code];

    /// <summary>The code's name as it starts the string, e.g. <c>"HOST_NOT_FOUND"</c>.</summary>
    public static string Name(SocketErrorCode code) => Names[(int)code];

    /// <summary>Finds a code by its name (<c>"WOULDBLOCK"</c>); exact, case-sensitive.</summary>
    public static bool TryGetByName(string name, out SocketErrorCode code) => ByName.TryGetValue(name, out code);

    /// <summary>
    /// A status in the catalogue's shape for a failure the catalogue does not list:
    /// <c>NAME: sentence </c>. Used only by <see cref="SocketErrorMapping"/> for values no
    /// mapping foresaw, so that the script still gets a string and never a .NET exception.
    /// </summary>
    public static string Unlisted(string name, string sentence) => name + ": " + sentence + " ";

    private static string[] BuildIndexed(Func<(SocketErrorCode Code, string Name, string Text), string> pick)
    {
        var result = new string[Entries.Length];
        foreach (var entry in Entries)
        {
            result[(int)entry.Code] = pick(entry);
        }

        return result;
    }
}
