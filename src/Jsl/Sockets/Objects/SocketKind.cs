namespace Jsl.Sockets.Objects;

/// <summary>The socket type given to <c>Socket(...)</c>.</summary>
internal enum SocketKind
{
    /// <summary><c>STREAM</c>: TCP.</summary>
    Stream,

    /// <summary><c>DGRAM</c>: UDP.</summary>
    Datagram,
}
