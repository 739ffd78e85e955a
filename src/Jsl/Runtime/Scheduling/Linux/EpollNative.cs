using System.Runtime.InteropServices;

namespace Jsl.Runtime.Scheduling.Linux;

/// <summary>
/// The few Linux calls the event loop needs: an epoll set, an eventfd to wake it, and the
/// reads, writes and closes of those two descriptors. <see cref="LibraryImportAttribute"/>
/// generates the marshalling at build time, so NativeAOT needs nothing at run time; every
/// argument is blittable.
/// </summary>
/// <remarks>
/// <c>struct epoll_event</c> is packed on x86-64 (12 bytes, data at offset 4) and naturally
/// aligned elsewhere (16 bytes, data at offset 8), so it is read and written through
/// <see cref="EventSize"/> and <see cref="DataOffset"/> rather than a C# struct.
/// </remarks>
internal static unsafe partial class EpollNative
{
    private const string Libc = "libc";

    public const int EpollCloexec = 0x80000;
    public const int CtlAdd = 1;
    public const int CtlDel = 2;
    public const int CtlMod = 3;
    public const uint EpollIn = 0x001;
    public const int EfdCloexec = 0x80000;
    public const int EfdNonBlock = 0x800;
    public const int Eintr = 4;

    /// <summary>Bytes of one <c>struct epoll_event</c> on this machine.</summary>
    public static readonly int EventSize = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;

    /// <summary>Offset of <c>epoll_data_t</c> inside one event.</summary>
    public static readonly int DataOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 4 : 8;

    [LibraryImport(Libc, EntryPoint = "epoll_create1", SetLastError = true)]
    public static partial int EpollCreate(int flags);

    [LibraryImport(Libc, EntryPoint = "epoll_ctl", SetLastError = true)]
    public static partial int EpollCtl(int epollFd, int operation, int fd, byte* @event);

    [LibraryImport(Libc, EntryPoint = "epoll_wait", SetLastError = true)]
    public static partial int EpollWait(int epollFd, byte* events, int maxEvents, int timeoutMilliseconds);

    [LibraryImport(Libc, EntryPoint = "eventfd", SetLastError = true)]
    public static partial int EventFd(uint initialValue, int flags);

    [LibraryImport(Libc, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(Libc, EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    /// <summary>Adds, changes or removes <paramref name="fd"/> in the set with <paramref name="events"/> and <paramref name="data"/>.</summary>
    public static int Control(int epollFd, int operation, int fd, uint events, ulong data)
    {
        var buffer = stackalloc byte[16];
        *(uint*)buffer = events;
        System.Runtime.CompilerServices.Unsafe.WriteUnaligned(buffer + DataOffset, data);
        return EpollCtl(epollFd, operation, fd, buffer);
    }
}
