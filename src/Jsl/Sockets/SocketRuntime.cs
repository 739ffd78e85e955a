using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scheduling;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets;

/// <summary>
/// What the socket facility keeps per interpreter (one run): the event loop callbacks are posted
/// to, the registry of open sockets, the resolver, the optional trace, and the count of callbacks
/// that failed (which makes the run's exit status 1). Kept in the run state (<see cref="RunState.Sockets"/>).
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

    /// <summary>The resolver: the host's (<see cref="RunState.NameResolver"/>, a test's) or the system's.</summary>
    public INameResolver Resolver => Interpreter.State.NameResolver ?? SystemResolver.Value;

    /// <summary>The <c>--trace</c> writer, or null when tracing is off.</summary>
    public SocketTrace? Trace { get; set; }


    private static readonly Lazy<SystemNameResolver> SystemResolver = new(() => new SystemNameResolver());

    /// <summary>The runtime of <paramref name="interpreter"/>, made on first use (with an event loop if the host set none).</summary>
    public static SocketRuntime For(Interpreter interpreter)
    {
        var state = interpreter.State;
        return state.Sockets ??= new SocketRuntime(interpreter, state.EnsureLoop());
    }

    /// <summary>The runtime of <paramref name="interpreter"/> if sockets were ever used, else null.</summary>
    public static SocketRuntime? Find(Interpreter interpreter) => interpreter.State.Sockets;

    /// <summary>The number shown as <c>socket#N</c> in traces.</summary>
    public int NewSocketId() => Interlocked.Increment(ref nextId);

}
