using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Sockets.Objects;

/// <summary>
/// The JSL socket object made by <c>Socket(STREAM|DGRAM, IPV4|IPV6)</c>. Each message lives in
/// its own partial file; this one holds the state and the dispatch.
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

    /// <inheritdoc/>
    public override Value Send(CallContext context, Node message)
    {
        var call = message switch
        {
            CallNode { Qualifier: null } written => written,
            NameNode { Scope: NameScope.Unqualified } name => new CallNode(name.Position, name.Symbol, name.Text, []),
            _ => throw context.Error("Socket: a message must be a name or a call, such as <<Recv(1000)"),
        };
        var c = new CallContext(context.Interpreter, call, context.Scope);
        Value result;
        try
        {
            result = Dispatch(c, call.Head);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A failure no message foresaw (a socket closed under a blocked call by a signal, say):
            // still a status, never a .NET exception.
            result = SocketResult.WithStatus(call.Head.Key, Background.SocketReads.UnexpectedStatus(e, OperationOf(call.Head.Key)));
        }
        runtime.Trace?.Message(context.Call.Position, Id, message, result);
        return result;
    }

    private Value Dispatch(CallContext c, Symbol head) => head.Key switch
    {
        "connect" => Connect(c),
        "close" => Close(c),
        "send" => SendData(c),
        "sendto" => SendTo(c),
        "recv" => Recv(c),
        "recvfrom" => RecvFrom(c),
        "ioctl" => Ioctl(c),
        "bind" => Bind(c),
        "listen" => Listen(c),
        "accept" => Accept(c, fast: false),
        "acceptfast" => Accept(c, fast: true),
        "getpeername" => GetPeerName(c),
        "getsockname" => GetSockName(c),
        _ => throw c.Error($"Socket does not recognize the message '{c.Call.HeadText}'"),
    };

    private static SocketOperation OperationOf(string key) => key switch
    {
        "connect" => SocketOperation.Connect,
        "bind" => SocketOperation.Bind,
        "listen" => SocketOperation.Listen,
        "accept" or "acceptfast" => SocketOperation.Accept,
        "send" => SocketOperation.Send,
        "sendto" => SocketOperation.SendTo,
        "recv" => SocketOperation.Recv,
        "recvfrom" => SocketOperation.RecvFrom,
        "ioctl" => SocketOperation.Ioctl,
        "getpeername" => SocketOperation.GetPeerName,
        "getsockname" => SocketOperation.GetSockName,
        _ => SocketOperation.Close,
    };

    /// <summary>A new operating-system socket of this socket's type, with the options of spec §8.</summary>
    private Socket CreateHandle(AddressFamily family)
    {
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
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

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

    /// <summary>Resolves a host through the run's resolver; blocks the script (bounded by the resolver's limit).</summary>
    private Resolution.AddressLookup Resolve(string host, AddressFamily family) =>
        runtime.Resolver.ResolveAsync(host, family, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Blocks until the handle is ready for <paramref name="mode"/>; true when it is.</summary>
    private bool WaitReady(Socket socket, SelectMode mode, bool wait) =>
        socket.Poll(wait ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.Zero, mode);

    private static string AddressText(IPAddress address) => Resolution.AddressInfoBuilder.AddressText(address);

    private static string PortText(int port) => Resolution.AddressInfoBuilder.PortText(port);
}
