namespace Jsl.Sockets;

/// <summary>
/// The error codes a socket message can report: the WinSock names without their <c>WSAE</c> prefix,
/// plus our own <see cref="Closed"/>, <see cref="InProgress"/>, <see cref="NetPolicy"/> and the resolver's four codes.
/// Their texts live in <see cref="SocketErrorCatalog"/>.
/// </summary>
internal enum SocketErrorCode
{
    ConnRefused,
    NotConn,
    AddrNotAvail,
    Inval,
    WouldBlock,
    Closed,
    TimedOut,
    InProgress,
    AddrInUse,
    AfNoSupport,
    ConnAborted,
    ConnReset,
    DestAddrReq,
    IsConn,
    MFile,
    MsgSize,
    NetUnreach,
    HostUnreach,
    NoBufs,
    NotSock,
    OpNotSupp,
    Shutdown,
    NetDown,
    Acces,
    HostNotFound,
    TryAgain,
    NoRecovery,
    NoData,

    /// <summary>Ours: the run's network policy refused the address (no JMP equivalent).</summary>
    NetPolicy,
}
