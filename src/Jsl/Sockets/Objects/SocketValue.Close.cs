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
        if (closed) return;
        closed = true;
        runtime.Registry.Remove(this);
        EndBackground();
        AbandonConnect();
        var socket = handle;
        handle = null;
        socket?.Dispose();
    }
}
