using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Descriptors;

namespace Jsl.Sockets.Resolution;

/// <summary>
/// The default resolver: the operating system's resolver through <see cref="Dns"/>, and the
/// system service table for port names. Every lookup is bounded by a time limit; a lookup that
/// outlives it is reported as TRY_AGAIN (the resolver's "temporary failure").
/// </summary>
internal sealed class SystemNameResolver : INameResolver
{
    /// <summary>How long a lookup may take when the caller sets no limit of its own.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeSpan timeout;
    private readonly ServiceTable services;

    /// <summary>A resolver with the given time limit per lookup and service table.</summary>
    public SystemNameResolver(TimeSpan? timeout = null, ServiceTable? services = null)
    {
        this.timeout = timeout ?? DefaultTimeout;
        this.services = services ?? ServiceTable.System;
    }

    /// <inheritdoc />
    public async ValueTask<AddressLookup> ResolveAsync(string hostName, AddressFamily family, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hostName);
        // Dns treats "" as "this machine"; getaddrinfo (and so JMP) finds no such host.
        if (string.IsNullOrWhiteSpace(hostName))
        {
            return AddressLookup.Failed(SocketErrorCode.HostNotFound);
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(hostName, family, cancellationToken)
                .WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return AddressLookup.Found(Distinct(addresses, family));
        }
        catch (Exception exception) when (IsLookupFailure(exception, cancellationToken))
        {
            return AddressLookup.Failed(FailureCode(exception));
        }
    }

    /// <inheritdoc />
    public async ValueTask<HostNameLookup> ReverseAsync(IPAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        try
        {
            // The string overload is the one that accepts a token; numeric text means reverse.
            var entry = await Dns.GetHostEntryAsync(address.ToString(), cancellationToken)
                .WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(entry.HostName)
                ? HostNameLookup.Failed(SocketErrorCode.HostNotFound)
                : HostNameLookup.Found(entry.HostName);
        }
        catch (Exception exception) when (IsLookupFailure(exception, cancellationToken))
        {
            return HostNameLookup.Failed(FailureCode(exception));
        }
    }

    /// <inheritdoc />
    public bool TryGetServicePort(string serviceName, ProtocolType protocol, out int port) =>
        services.TryGetPort(serviceName, protocol, out port);

    private static bool IsLookupFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is SocketException or ArgumentException or TimeoutException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        || DescriptorExhaustion.Explains(exception);

    /// <summary>
    /// The resolver's code for a failed lookup, or MFILE when the process has no descriptor left:
    /// getaddrinfo then fails with EAI_SYSTEM (it could not open /etc/hosts), which would
    /// otherwise read as NO_RECOVERY, a misleading answer about the name (issue 8).
    /// </summary>
    private static SocketErrorCode FailureCode(Exception exception)
    {
        // A definite answer about the name stands; anything else may be the descriptors.
        if (exception is ArgumentException or TimeoutException or OperationCanceledException
            or SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
        {
            return SocketErrorMapping.ToResolverCode(exception);
        }
        return DescriptorExhaustion.Explains(exception) || DescriptorExhaustion.IsExhaustedNow()
            ? SocketErrorCode.MFile
            : SocketErrorMapping.ToResolverCode(exception);
    }

    private static IPAddress[] Distinct(IPAddress[] addresses, AddressFamily family)
    {
        var wanted = family == AddressFamily.Unspecified
            ? addresses
            : Array.FindAll(addresses, a => a.AddressFamily == family);
        return wanted.Distinct().ToArray();
    }
}
