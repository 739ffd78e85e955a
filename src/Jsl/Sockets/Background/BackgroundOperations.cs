using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets.Background;

/// <summary>
/// Starts background operations on the path the loop has: the readiness path when the loop has
/// an epoll set (<see cref="EventLoop.Readiness"/>), else .NET's asynchronous one. The socket's
/// owner sees only <see cref="IBackgroundOperation"/>.
/// </summary>
/// <remarks>
/// Decision: an operation whose socket the kernel will not add to the set (no memory, the
/// per-user watch limit) starts on the asynchronous path instead (consumers return false to end their operation), rather than failing the
/// script's message; the two paths deliver the same lists.
/// </remarks>
internal static class BackgroundOperations
{
    /// <summary>A started background <c>Recv</c> (stream or datagram socket) or <c>RecvFrom</c> (datagram).</summary>
    public static IBackgroundOperation Receive(EventLoop loop, Socket socket, int maxBytes, TimeSpan timeout, Func<ReadResult, bool> consumer)
    {
        if (loop.Readiness is { } set)
        {
            var ready = new ReadyReceive(loop, set, socket, maxBytes, timeout, consumer);
            if (ready.TryStart()) return ready;
        }
        var fallback = new BackgroundReceive(socket, maxBytes, loop, timeout, consumer);
        fallback.Start();
        return fallback;
    }

    /// <summary>A started background <c>Accept</c> (<paramref name="resolver"/> given) or <c>Accept Fast</c>.</summary>
    public static IBackgroundOperation Accept(EventLoop loop, Socket listener, INameResolver? resolver, TimeSpan timeout, Func<AcceptResult, bool> consumer)
    {
        if (loop.Readiness is { } set)
        {
            var ready = new ReadyAccept(loop, set, listener, resolver, timeout, consumer);
            if (ready.TryStart()) return ready;
        }
        var fallback = new BackgroundAccept(listener, resolver, loop, timeout, consumer);
        fallback.Start();
        return fallback;
    }
}
