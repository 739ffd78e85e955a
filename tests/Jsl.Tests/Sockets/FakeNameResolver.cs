using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Jsl.Sockets;
using Jsl.Sockets.Resolution;

namespace Jsl.Tests.Sockets;

/// <summary>
/// A resolver that answers from tables the test fills in and never touches the network.
/// Unknown names and addresses are HOST_NOT_FOUND. Numeric address text resolves to itself,
/// as getaddrinfo does. A <see cref="Delay"/> makes every lookup slow (cancellable), to test
/// time limits such as Accept's two-second reverse lookup.
/// </summary>
internal sealed class FakeNameResolver : INameResolver
{
    private readonly ConcurrentDictionary<string, AddressLookup> forward = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<IPAddress, HostNameLookup> reverse = new();
    private readonly ConcurrentDictionary<string, int> services = new(StringComparer.OrdinalIgnoreCase)
    {
        ["http"] = 80,
        ["https"] = 443,
    };

    /// <summary>How long every lookup takes.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Every forward and reverse query, in order, as "forward name" / "reverse address".</summary>
    public ConcurrentQueue<string> Queries { get; } = new();

    public FakeNameResolver AddHost(string name, params string[] addresses)
    {
        forward[name] = AddressLookup.Found(addresses.Select(IPAddress.Parse).ToArray());
        return this;
    }

    public FakeNameResolver FailHost(string name, SocketErrorCode error)
    {
        forward[name] = AddressLookup.Failed(error);
        return this;
    }

    public FakeNameResolver AddReverse(string address, string hostName)
    {
        reverse[IPAddress.Parse(address)] = HostNameLookup.Found(hostName);
        return this;
    }

    public FakeNameResolver FailReverse(string address, SocketErrorCode error)
    {
        reverse[IPAddress.Parse(address)] = HostNameLookup.Failed(error);
        return this;
    }

    public FakeNameResolver AddService(string name, int port)
    {
        services[name] = port;
        return this;
    }

    public async ValueTask<AddressLookup> ResolveAsync(string hostName, AddressFamily family, CancellationToken cancellationToken)
    {
        Queries.Enqueue("forward " + hostName);
        await Pause(cancellationToken);
        AddressLookup found;
        if (IPAddress.TryParse(hostName, out var numeric))
        {
            found = AddressLookup.Found([numeric]);
        }
        else if (!forward.TryGetValue(hostName, out found))
        {
            return AddressLookup.Failed(SocketErrorCode.HostNotFound);
        }

        if (!found.Succeeded || family == AddressFamily.Unspecified)
        {
            return found;
        }

        var ofFamily = found.Addresses.Where(a => a.AddressFamily == family).ToArray();
        return ofFamily.Length == 0 ? AddressLookup.Failed(SocketErrorCode.NoData) : AddressLookup.Found(ofFamily);
    }

    public async ValueTask<HostNameLookup> ReverseAsync(IPAddress address, CancellationToken cancellationToken)
    {
        Queries.Enqueue("reverse " + address);
        await Pause(cancellationToken);
        return reverse.TryGetValue(address, out var found) ? found : HostNameLookup.Failed(SocketErrorCode.HostNotFound);
    }

    public bool TryGetServicePort(string serviceName, ProtocolType protocol, out int port) =>
        services.TryGetValue(serviceName, out port);

    private Task Pause(CancellationToken cancellationToken) =>
        Delay > TimeSpan.Zero ? Task.Delay(Delay, cancellationToken) : Task.CompletedTask;
}
