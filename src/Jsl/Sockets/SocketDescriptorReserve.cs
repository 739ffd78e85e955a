using System.Net.Sockets;
using Jsl.Runtime.Descriptors;

namespace Jsl.Sockets;

/// <summary>
/// Keeps the last <see cref="Reserve"/> descriptors of the process's limit out of the sockets'
/// reach, so a script that opens sockets until it gets MFILE leaves room for what the runtime
/// still needs afterwards: the framework-dependent runtime opens each assembly when first used
/// (Regex, Gzip, MD5, the resolver load theirs lazily) and gives every new thread a pipe (a timer
/// for <c>Schedule</c>, a thread-pool worker, the socket engine's own thread); the resolver reads
/// <c>/etc/hosts</c>; <c>Load Text File</c> opens its file.
/// </summary>
/// <remarks>
/// Decision: a socket whose descriptor would fall in the reserve is refused with MFILE, as if the
/// limit were <see cref="Reserve"/> lower; the reserve is 32 descriptors (measured: after
/// exhaustion, Regex, Gzip Compress, Blob MD5, Get Addr Info, Schedule and Load Text File
/// together take about 20 more with the framework-dependent runtime). The sockets get the rest:
/// at <c>ulimit -n 1024</c> 990 or so; at the lowest limits where the runtime starts, none.
/// Only sockets count against it: they are the only descriptors a script keeps open.
/// </remarks>
internal static class SocketDescriptorReserve
{
    /// <summary>How many descriptors below the limit sockets leave for the runtime.</summary>
    public const int Reserve = 32;

    /// <summary>Throws MFILE (as the system would) unless a new socket's descriptor would stay below the reserve.</summary>
    /// <exception cref="SocketException">With <see cref="SocketError.TooManyOpenSockets"/>.</exception>
    public static void EnsureRoom()
    {
        if (!Admits(DescriptorProbe.LowestFree())) throw Refusal();
    }

    /// <summary>
    /// For a socket the system already made (an accepted connection): closes it and throws MFILE
    /// when its descriptor falls in the reserve.
    /// </summary>
    /// <exception cref="SocketException">With <see cref="SocketError.TooManyOpenSockets"/>.</exception>
    public static void Admit(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        if (Admits(DescriptorNumber(socket))) return;
        socket.Dispose();
        throw Refusal();
    }

    /// <summary>True when a socket on descriptor <paramref name="descriptor"/> leaves the reserve free.</summary>
    internal static bool Admits(long descriptor) =>
        descriptor != DescriptorProbe.None
        && (OpenFileLimit.Current is not { } limit || descriptor < limit - Reserve);

    private static long DescriptorNumber(Socket socket) =>
        OperatingSystem.IsWindows() ? DescriptorProbe.Unknown : (long)socket.SafeHandle.DangerousGetHandle();

    private static SocketException Refusal() => new((int)SocketError.TooManyOpenSockets);
}
