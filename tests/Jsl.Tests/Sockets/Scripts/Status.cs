namespace Jsl.Tests.Sockets.Scripts;

/// <summary>The catalogue strings as a script sees them, for expected result lists (spec §6).</summary>
internal static class Status
{
    public const string ConnRefused = "CONNREFUSED: The attempt to connect was forcefully rejected. ";
    public const string NotConn = "NOTCONN: The socket is not connected. ";
    public const string AddrNotAvail = "ADDRNOTAVAIL: The specified address is not available from the local machine. ";
    public const string Inval = "INVAL: The socket is (or is not, depending on context) already bound to an address. or, Listen was not invoked prior to accept. or, Invalid host address. or, The socket has not been bound with Bind. ";
    public const string WouldBlock = "WOULDBLOCK: The socket is marked as non-blocking and the requested operation would block. ";
    public const string Closed = "CLOSED: The connection was closed by the remote side. ";
    public const string TimedOut = "TIMEDOUT: The operation timed out. ";
    public const string InProgress = "INPROGRESS: A background operation is already in progress on this socket. ";
    public const string AddrInUse = "ADDRINUSE: The specified address is already in use. ";
    public const string ConnReset = "CONNRESET: The virtual circuit was reset by the remote side. ";
    public const string IsConn = "ISCONN: The socket is already connected. ";
    public const string MsgSize = "MSGSIZE: The datagram was too large to fit into the specified buffer and was truncated. ";
    public const string NotSock = "NOTSOCK: The descriptor is not a socket. ";
    public const string OpNotSupp = "OPNOTSUPP: The referenced socket is not a type that supports the requested operation. ";
    public const string HostNotFound = "HOST_NOT_FOUND: Authoritative Answer Host not found. ";

    /// <summary>A result list as <c>Print</c> writes it: <c>{"recv", "ok"}</c>.</summary>
    public static string List(params string[] items) => "{" + string.Join(", ", items.Select(Quote)) + "}";

    /// <summary>A string as a list item prints (JSL escapes).</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\!\\", StringComparison.Ordinal).Replace("\"", "\\!\"", StringComparison.Ordinal) + "\"";
}
