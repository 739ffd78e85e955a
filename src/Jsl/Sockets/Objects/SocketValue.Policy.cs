using System.Net;
using Jsl.Sockets.Policy;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    /// <summary>
    /// The addresses of <paramref name="candidates"/> the run's network policy allows with
    /// <paramref name="port"/>, in order; each refused one is named on the trace with the rule
    /// that refused it. All of them when there is no policy.
    /// </summary>
    /// <remarks>
    /// Decision: a name that resolves to several addresses is narrowed to the allowed ones (a
    /// Connect tries only those); the message is refused (NETPOLICY) only when none is left.
    /// Decision: <c>Bind</c> to every interface (<c>""</c>, <c>"0.0.0.0"</c>, <c>"::"</c>) is
    /// checked as that address itself, not as the machine's addresses: an allow list of
    /// <c>127.0.0.1</c> refuses it (the script should bind <c>127.0.0.1</c>), and a policy that
    /// means to let a server listen everywhere says so with <c>0.0.0.0</c> or <c>::</c>.
    /// </remarks>
    private List<IPAddress> Permitted(List<IPAddress> candidates, int port)
    {
        if (runtime.Policy() is not { } policy) return candidates;
        var cancellation = runtime.Interpreter.State.Budget.Cancellation;
        var allowed = new List<IPAddress>(candidates.Count);
        foreach (var address in candidates)
        {
            var verdict = policy.Check(address, port, cancellation);
            if (verdict.Allowed)
            {
                allowed.Add(address);
                continue;
            }
            runtime.Trace?.PolicyRefusal(messagePosition, Id, new IPEndPoint(address, port), verdict.Reason);
        }
        return allowed;
    }
}
