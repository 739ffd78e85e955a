using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Sockets.Objects;

/// <summary>
/// The JSL socket object made by <c>Socket(STREAM|DGRAM, IPV4|IPV6)</c>. Each message lives in
/// its own partial file, its row of the message table in <c>SocketValue.Messages.cs</c>; this one
/// holds the state.
/// </summary>
/// <remarks>
/// Decision: the operating-system handle is always in non-blocking mode (once .NET's asynchronous
/// calls touch a socket it is non-blocking for good anyway). JSL's blocking flag is our own state,
/// <see cref="blocking"/>: a blocking message waits for readiness (Poll, or a blocking wait on an
/// asynchronous call) and then makes the non-blocking call.
/// All members run on the script's thread except <see cref="CloseQuietly"/>.
/// </remarks>
internal sealed partial class SocketValue : ObjectValue
{
    private readonly SocketRuntime runtime;
    private Socket? handle;
    private volatile bool closed;
    private bool blocking = true;
    private bool bound;
    private bool listening;
    private bool connected;
    private SourcePosition messagePosition;

    /// <summary>A fresh socket: no operating-system socket until Bind, Connect or SendTo (spec §2).</summary>
    public SocketValue(SocketRuntime runtime, SocketKind kind, AddressFamily preferredFamily)
    {
        this.runtime = runtime;
        Kind = kind;
        PreferredFamily = preferredFamily;
        Id = runtime.NewSocketId();
        runtime.Registry.Add(this);
    }

    /// <summary>A socket accepted from a listener: connected, and in the listener's mode (spec §8).</summary>
    private SocketValue(SocketRuntime runtime, Socket accepted, bool blocking)
        : this(runtime, SocketKind.Stream, accepted.AddressFamily)
    {
        handle = accepted;
        accepted.Blocking = false;
        accepted.NoDelay = true;
        this.blocking = blocking;
        bound = true;
        connected = true;
    }

    /// <summary>STREAM or DGRAM.</summary>
    public SocketKind Kind { get; }

    /// <summary><see cref="AddressFamily.Unspecified"/> (first address wins), IPv4 or IPv6.</summary>
    public AddressFamily PreferredFamily { get; }

    /// <summary>The number shown as <c>socket#N</c> in traces.</summary>
    public int Id { get; }

    /// <summary>True once closed.</summary>
    public bool IsClosed => closed;

    /// <inheritdoc/>
    public override string TypeName => "Socket";

    /// <inheritdoc/>
    public override string DisplayText => closed ? "Socket[closed]" : Kind == SocketKind.Stream ? "Socket[STREAM]" : "Socket[DGRAM]";

    private ProtocolType Protocol => Kind == SocketKind.Stream ? ProtocolType.Tcp : ProtocolType.Udp;

    /// <summary>A new operating-system socket of this socket's type, with the options of spec §8.</summary>
    /// <exception cref="SocketException">MFILE when the socket would take one of the runtime's reserved descriptors.</exception>
    private Socket CreateHandle(AddressFamily family)
    {
        SocketDescriptorReserve.EnsureRoom();
        var socket = new Socket(family, Kind == SocketKind.Stream ? SocketType.Stream : SocketType.Dgram, Protocol);
        try
        {
            socket.Blocking = false;
            if (family == AddressFamily.InterNetworkV6)
            {
                // Decision (§8): "::" is IPv6 only, never dual-stack, so addresses print in their own family.
                socket.DualMode = false;
            }
            if (Kind == SocketKind.Stream)
            {
                socket.NoDelay = true;
                EnableReuseAddress(socket);
            }
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// SO_REUSEADDR alone (spec §8). Not <see cref="SocketOptionName.ReuseAddress"/>: on Unix .NET
    /// sets SO_REUSEPORT with it, which would let a second socket listen on a port in use
    /// instead of giving ADDRINUSE. Windows' SO_REUSEADDR means port stealing, so it is left off there.
    /// </summary>
    private static void EnableReuseAddress(Socket socket)
    {
        Span<byte> on = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(on, 1);
        if (OperatingSystem.IsLinux())
        {
            socket.SetRawSocketOption(LinuxSolSocket, LinuxSoReuseAddr, on);
        }
        else if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            socket.SetRawSocketOption(BsdSolSocket, BsdSoReuseAddr, on);
        }
    }

    private const int LinuxSolSocket = 1;
    private const int LinuxSoReuseAddr = 2;
    private const int BsdSolSocket = 0xffff;
    private const int BsdSoReuseAddr = 4;

    /// <summary>Addresses in the order to try: the preferred family first, then the rest, as resolved.</summary>
    private List<IPAddress> Order(IReadOnlyList<IPAddress> addresses, AddressFamily required)
    {
        var usable = addresses
            .Select(a => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a)
            .Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
            .Where(a => required == AddressFamily.Unspecified || a.AddressFamily == required)
            .Distinct()
            .ToList();
        if (PreferredFamily != AddressFamily.Unspecified)
        {
            usable = [.. usable.Where(a => a.AddressFamily == PreferredFamily), .. usable.Where(a => a.AddressFamily != PreferredFamily)];
        }
        return usable;
    }

    /// <summary>
    /// Resolves a host through the run's resolver; blocks the script (bounded by the resolver's
    /// limit, and ended by the host's cancellation with the error at <paramref name="at"/>).
    /// </summary>
    /// <remarks>Numeric address text needs no resolver (and "::" or "0.0.0.0" mean what they say).</remarks>
    private Resolution.AddressLookup Resolve(string host, AddressFamily family, Syntax.Tree.Node at) =>
        IPAddress.TryParse(host.Trim(), out var numeric)
            ? Resolution.AddressLookup.Found([numeric])
            : runtime.Lookup(token => runtime.Resolver.ResolveAsync(host, family, token), at);

    /// <summary>
    /// How long a blocking message waits on its socket between two looks at the host's
    /// cancellation token. Decision: a poll in slices instead of closing the socket on
    /// cancellation, so a cancelled run leaves its sockets as they were (the host decides whether
    /// to close them) and the message ends with the cancellation error at its call within 50 ms.
    /// </summary>
    private static readonly TimeSpan CancellationSlice = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Blocks until the handle is ready for <paramref name="mode"/>. When the host cancels the run
    /// (<see cref="Engine.Cancellation"/>), the wait ends with the cancellation error at <paramref name="at"/>.
    /// </summary>
    private void WaitReady(Socket socket, SelectMode mode, Syntax.Tree.Node at)
    {
        var budget = runtime.Interpreter.State.Budget;
        if (!budget.Cancellation.CanBeCanceled)
        {
            socket.Poll(System.Threading.Timeout.InfiniteTimeSpan, mode);
            return;
        }
        budget.ThrowIfCancelled(at);
        while (!socket.Poll(CancellationSlice, mode)) budget.ThrowIfCancelled(at);
    }

    private static string AddressText(IPAddress address) => Resolution.AddressInfoBuilder.AddressText(address);

    private static string PortText(int port) => Resolution.AddressInfoBuilder.PortText(port);
}
