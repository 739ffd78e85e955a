using Jsl.Sockets;
using Jsl.Sockets.Policy;
using Jsl.Sockets.Resolution;

// The socket facility's part of the run state, declared beside the sockets so that the runtime
// never names a socket type.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    /// <summary>The socket facility of this run, once a script used a socket (see <see cref="SocketRuntime.For"/>).</summary>
    public SocketRuntime? Sockets { get; set; }

    /// <summary>The host's network policy (<c>--allow-net</c>, <c>--deny-net</c>); null allows every address.</summary>
    public NetworkPolicy? NetworkPolicy { get; set; }

    /// <summary>True when the host turned sockets off: <c>Socket()</c>, <c>Get Addr Info</c> and <c>Get Name Info</c> fail (<see cref="Engine.SocketsEnabled"/>).</summary>
    public bool SocketsDisabled { get; set; }

    /// <summary>The resolver a host (a test) chose; null means the system's.</summary>
    public INameResolver? NameResolver { get; set; }
}
