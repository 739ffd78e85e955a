using Jsl.Runtime.Evaluation;
using Jsl.Runtime.EventLoop;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets;

/// <summary>
/// What the socket facility keeps per interpreter (one run): the event loop callbacks are posted
/// to, the registry of open sockets, the resolver, the optional trace, and the count of callbacks
/// that failed (which makes the run's exit status 1). Kept in <see cref="Interpreter.Services"/>.
/// </summary>
internal sealed class SocketRuntime
{
    private int nextId;

    private SocketRuntime(Interpreter interpreter, EventLoop loop)
    {
        Interpreter = interpreter;
        Loop = loop;
    }

    /// <summary>The interpreter whose script owns the sockets.</summary>
    public Interpreter Interpreter { get; }

    /// <summary>Where background completions are posted; drained by <c>Wait</c> and the idle loop.</summary>
    public EventLoop Loop { get; }

    /// <summary>Every socket not yet closed.</summary>
    public SocketRegistry Registry { get; } = new();

    /// <summary>The resolver: a test's (<see cref="Interpreter.Services"/>[<see cref="INameResolver"/>]) or the system's.</summary>
    public INameResolver Resolver =>
        Interpreter.Services.TryGetValue(typeof(INameResolver), out var resolver) && resolver is INameResolver r ? r : SystemResolver.Value;

    /// <summary>The <c>--trace</c> writer, or null when tracing is off.</summary>
    public SocketTrace? Trace { get; set; }


    private static readonly Lazy<SystemNameResolver> SystemResolver = new(() => new SystemNameResolver());

    /// <summary>The runtime of <paramref name="interpreter"/>, made on first use (with an event loop if the host set none).</summary>
    public static SocketRuntime For(Interpreter interpreter)
    {
        var services = interpreter.Services;
        if (services.TryGetValue(typeof(SocketRuntime), out var existing)) return (SocketRuntime)existing;
        if (!services.TryGetValue(typeof(EventLoop), out var loop))
        {
            loop = new EventLoop();
            services[typeof(EventLoop)] = loop;
        }
        var runtime = new SocketRuntime(interpreter, (EventLoop)loop);
        services[typeof(SocketRuntime)] = runtime;
        return runtime;
    }

    /// <summary>The runtime of <paramref name="interpreter"/> if sockets were ever used, else null.</summary>
    public static SocketRuntime? Find(Interpreter interpreter) =>
        interpreter.Services.TryGetValue(typeof(SocketRuntime), out var existing) ? (SocketRuntime)existing : null;

    /// <summary>The number shown as <c>socket#N</c> in traces.</summary>
    public int NewSocketId() => Interlocked.Increment(ref nextId);

}
