using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    /// <summary>
    /// <c>Close()</c> → <c>{"close","ok"}</c>; a second close gives NOTSOCK. Ends the socket's
    /// background operations at once: completions not yet delivered are dropped (spec §4).
    /// Closing a listener leaves the sockets it accepted open.
    /// </summary>
    private ListValue Close(CallContext c)
    {
        const string Name = "close";
        SocketArguments.AtMost(c, 0, "Close");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        CloseQuietly();
        return SocketResult.Ok(Name);
    }

    /// <summary>
    /// Closes without a result (an uncaught error, <c>Stop()</c>, a signal). Idempotent. Safe
    /// from another thread when the run is ending.
    /// </summary>
    public void CloseQuietly()
    {
        if (BeginClose()) FinishClose();
    }

    /// <summary>
    /// First half of a close: marks the socket closed and ends its background operations, so no
    /// callback of it runs from now on. Closing many sockets at once does this for all of them
    /// before any handle goes, so that one socket's close cannot call back another's callback
    /// (its peer's CLOSED). False when already closed.
    /// </summary>
    public bool BeginClose()
    {
        if (closed) return false;
        closed = true;
        runtime.Registry.Remove(this);
        EndBackground();
        AbandonConnect();
        return true;
    }

    /// <summary>Second half of a close: releases the operating-system socket.</summary>
    /// <remarks>
    /// The disposed handle stays in its field: when another thread closes (a signal, a host's
    /// <c>CloseSockets</c>) while the script's thread is inside a blocking message, that message
    /// meets an ObjectDisposedException, which <see cref="Answer"/> turns into a status. A field
    /// set to null under it gave a raw "Value cannot be null" error instead (issue 8).
    /// </remarks>
    public void FinishClose() => handle?.Dispose();
}
