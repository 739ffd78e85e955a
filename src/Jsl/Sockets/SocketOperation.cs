namespace Jsl.Sockets;

/// <summary>
/// Which socket message failed. The catalogue string does not depend on it, but a few
/// operating-system errors mean different things for different operations (§8).
/// </summary>
internal enum SocketOperation
{
    Connect,
    Bind,
    Listen,
    Accept,
    Send,
    SendTo,
    Recv,
    RecvFrom,
    Ioctl,
    Close,
    GetPeerName,
    GetSockName,
    Resolve,
}
