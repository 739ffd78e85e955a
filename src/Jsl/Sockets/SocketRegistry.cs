using Jsl.Sockets.Objects;

namespace Jsl.Sockets;

/// <summary>
/// The open sockets of one run, so that an uncaught error, <c>Stop()</c> or a signal can close
/// every one of them. Safe from any thread (a signal handler closes sockets from its own).
/// </summary>
internal sealed class SocketRegistry
{
    private readonly Lock gate = new();
    private readonly HashSet<SocketValue> open = [];

    /// <summary>Number of sockets not yet closed.</summary>
    public int Count
    {
        get
        {
            lock (gate) return open.Count;
        }
    }

    /// <summary>Records a new socket.</summary>
    public void Add(SocketValue socket)
    {
        lock (gate) open.Add(socket);
    }

    /// <summary>Forgets a closed socket.</summary>
    public void Remove(SocketValue socket)
    {
        lock (gate) open.Remove(socket);
    }

    /// <summary>Closes every open socket (their background operations end without callbacks).</summary>
    public void CloseAll()
    {
        SocketValue[] sockets;
        lock (gate)
        {
            sockets = [.. open];
            open.Clear();
        }
        var closing = sockets.Where(static s => s.BeginClose()).ToList();
        foreach (var socket in closing) socket.FinishClose();
    }
}
