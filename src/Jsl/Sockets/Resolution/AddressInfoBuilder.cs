using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jsl.Sockets.Resolution;

/// <summary>
/// Builds the data of <c>Get Addr Info(name, &lt;port&gt;)</c> and
/// <c>Get Name Info(address, &lt;port&gt;)</c> (§5) from lookups through an <see cref="INameResolver"/>.
/// </summary>
internal static class AddressInfoBuilder
{
    /// <summary>Item 1 of a <c>Get Addr Info</c> result.</summary>
    public const string GetAddrInfoName = "Get Addr Info";

    /// <summary>Item 1 of a <c>Get Name Info</c> result.</summary>
    public const string GetNameInfoName = "Get Name Info";

    private const string AnySocketType = "SOCK_0";
    private const string AnyProtocol = "IPPROTO_0";

    /// <summary><c>"PF_INET6"</c> for IPv6 addresses, <c>"PF_INET"</c> otherwise.</summary>
    public static string FamilyName(AddressFamily family) =>
        family == AddressFamily.InterNetworkV6 ? "PF_INET6" : "PF_INET";

    /// <summary>One entry per address, in the given order, with numeric address text.</summary>
    public static IReadOnlyList<AddressInfoEntry> ForAddresses(IEnumerable<IPAddress> addresses, int port)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var portText = PortText(port);
        return addresses.Select(a => new AddressInfoEntry(FamilyName(a.AddressFamily), AnySocketType, AnyProtocol, AddressText(a), portText)).ToArray();
    }

    /// <summary>The single entry of a <c>Get Name Info</c> result.</summary>
    public static AddressInfoEntry ForHostName(IPAddress address, string hostName, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new AddressInfoEntry(FamilyName(address.AddressFamily), AnySocketType, AnyProtocol, hostName, PortText(port));
    }

    /// <summary>The data of <c>Get Addr Info(name, port)</c>; <paramref name="port"/> 0 when none was given.</summary>
    public static async ValueTask<AddressInfoResult> GetAddrInfoAsync(INameResolver resolver, string name, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var lookup = await resolver.ResolveAsync(name, AddressFamily.Unspecified, cancellationToken).ConfigureAwait(false);
        return lookup.Error is { } error
            ? AddressInfoResult.Failed(error)
            : new AddressInfoResult(ForAddresses(lookup.Addresses, port), null);
    }

    /// <summary>
    /// The data of <c>Get Name Info(address, port)</c>. A host name instead of numeric text is
    /// resolved first and its first address used, as getaddrinfo-then-getnameinfo would.
    /// Decision: an address with no registered name gives its numeric text (getnameinfo's
    /// behaviour without NI_NAMEREQD) rather than an error; only a resolver that cannot answer
    /// (TRY_AGAIN, NO_RECOVERY) makes the result an error list.
    /// </summary>
    public static async ValueTask<AddressInfoResult> GetNameInfoAsync(INameResolver resolver, string address, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(address);
        if (!IPAddress.TryParse(address, out var ip))
        {
            var forward = await resolver.ResolveAsync(address, AddressFamily.Unspecified, cancellationToken).ConfigureAwait(false);
            if (forward.Error is { } forwardError)
            {
                return AddressInfoResult.Failed(forwardError);
            }

            ip = forward.Addresses[0];
        }

        var reverse = await resolver.ReverseAsync(ip, cancellationToken).ConfigureAwait(false);
        var hostName = reverse.Error switch
        {
            null => reverse.HostName,
            SocketErrorCode.HostNotFound or SocketErrorCode.NoData => AddressText(ip),
            _ => null,
        };
        return hostName is null
            ? AddressInfoResult.Failed(reverse.Error!.Value)
            : new AddressInfoResult([ForHostName(ip, hostName, port)], null);
    }

    /// <summary>
    /// The peer name of <c>Accept</c> (§3, §5): the reverse lookup, given up after
    /// <paramref name="limit"/>, falling back to the numeric address. Never fails.
    /// </summary>
    public static async ValueTask<string> PeerNameAsync(INameResolver resolver, IPAddress address, TimeSpan limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(address);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(limit);
        try
        {
            var lookup = await resolver.ReverseAsync(address, bounded.Token).AsTask()
                .WaitAsync(limit, cancellationToken).ConfigureAwait(false);
            return lookup.Succeeded ? lookup.HostName : AddressText(address);
        }
        catch (Exception exception) when (exception is TimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return AddressText(address);
        }
    }

    /// <summary>
    /// Numeric address text as scripts see it: IPv4-mapped IPv6 addresses in their IPv4 form,
    /// IPv6 without brackets.
    /// </summary>
    public static string AddressText(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString() : address.ToString();
    }

    /// <summary>A port as decimal text.</summary>
    public static string PortText(int port) => port.ToString(CultureInfo.InvariantCulture);
}
