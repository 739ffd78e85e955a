using System.Net;
using System.Net.Sockets;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets.Policy;

/// <summary>
/// Applies a <see cref="NetworkPolicy"/> to the addresses of one run: deny rules first (deny
/// wins), then the allow list if there is one.
/// </summary>
/// <remarks>
/// Decision: a rule's host name is resolved when a message first needs it, once per run, through
/// the run's resolver (the system's, or a host's), and the addresses are kept for the rest of the
/// run. Not when the policy is built: the command line then does no lookup for a script that
/// never opens a socket, and a host's resolver applies. Not at every message: an answer that
/// changes under the run (DNS rebinding) cannot widen an allow rule after the fact. A name that
/// does not resolve covers no address.
/// </remarks>
internal sealed class NetworkPolicyMatcher(NetworkPolicy policy, INameResolver resolver)
{
    private readonly Dictionary<NetworkRule, AddressRange[]> resolved = new(ReferenceEqualityComparer.Instance);

    /// <summary>The policy applied.</summary>
    public NetworkPolicy Policy => policy;

    /// <summary>Whether <paramref name="address"/> and <paramref name="port"/> may be used, and if not, why.</summary>
    public PolicyVerdict Check(IPAddress address, int port, CancellationToken cancellationToken)
    {
        foreach (var rule in policy.DenyRules)
        {
            if (Covers(rule, address, port, cancellationToken)) return PolicyVerdict.DeniedBy(rule);
        }
        var allow = policy.AllowRules;
        if (allow.Count == 0) return PolicyVerdict.Allow;
        foreach (var rule in allow)
        {
            if (Covers(rule, address, port, cancellationToken)) return PolicyVerdict.Allow;
        }
        return PolicyVerdict.NotAllowed;
    }

    private bool Covers(NetworkRule rule, IPAddress address, int port, CancellationToken cancellationToken)
    {
        if (!rule.CoversPort(port)) return false;
        if (rule.Range is { } range) return range.Contains(address);
        foreach (var each in RangesOf(rule, cancellationToken))
        {
            if (each.Contains(address)) return true;
        }
        return false;
    }

    private AddressRange[] RangesOf(NetworkRule rule, CancellationToken cancellationToken)
    {
        if (resolved.TryGetValue(rule, out var ranges)) return ranges;
        var lookup = resolver.ResolveAsync(rule.HostName!, AddressFamily.Unspecified, cancellationToken).AsTask().GetAwaiter().GetResult();
        ranges = [.. lookup.Addresses.Select(AddressRange.Single)];
        resolved[rule] = ranges;
        return ranges;
    }
}
