namespace Jsl.Sockets.Background;

/// <summary>What one completion of a background operation (or one direct read) brought.</summary>
internal enum BackgroundResultKind
{
    /// <summary>Data (or a connection); status <c>"ok"</c>. The operation stays armed.</summary>
    Ok,

    /// <summary>
    /// A datagram longer than the limit, truncated; status MSGSIZE with the data kept.
    /// Decision: the operation stays armed, since the next datagram is independent and the
    /// socket is fine (the spec's "an error ends it" is about the socket failing).
    /// </summary>
    Truncated,

    /// <summary>The peer's orderly close; status CLOSED. Ends the operation.</summary>
    Closed,

    /// <summary>A socket error; status from the catalogue. Ends the operation.</summary>
    Failed,

    /// <summary>No completion within the timeout; status TIMEDOUT. Ends the operation.</summary>
    TimedOut,

    /// <summary>Non-blocking read with nothing ready; status WOULDBLOCK (direct reads only).</summary>
    WouldBlock,
}
