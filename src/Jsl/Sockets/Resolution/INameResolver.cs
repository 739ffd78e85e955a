using System.Net;
using System.Net.Sockets;

namespace Jsl.Sockets.Resolution;

/// <summary>
/// Every name lookup the socket facility makes goes through this interface, so tests can
/// substitute <c>FakeNameResolver</c> and never send a DNS query off the machine (§5).
/// Implementations never throw for a lookup that fails: they return the classified failure.
/// They may throw <see cref="OperationCanceledException"/> when <c>cancellationToken</c> fires.
/// </summary>
internal interface INameResolver
{
    /// <summary>
    /// Addresses for <paramref name="hostName"/> (a name or numeric address text), in the
    /// resolver's order. <paramref name="family"/> <see cref="AddressFamily.Unspecified"/> asks
    /// for every family.
    /// </summary>
    ValueTask<AddressLookup> ResolveAsync(string hostName, AddressFamily family, CancellationToken cancellationToken);

    /// <summary>The host name registered for <paramref name="address"/> (reverse lookup).</summary>
    ValueTask<HostNameLookup> ReverseAsync(IPAddress address, CancellationToken cancellationToken);

    /// <summary>
    /// The port of a service name such as <c>"http"</c>, read from the system's service table
    /// without any network traffic; <c>false</c> when the name is unknown.
    /// </summary>
    bool TryGetServicePort(string serviceName, ProtocolType protocol, out int port);
}
