using System.Net;

namespace Jsl.Sockets.Resolution;

/// <summary>
/// The outcome of a forward lookup: the addresses found, or the failure as one of
/// HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY, NO_DATA, or MFILE when the process had no descriptor left to look with.
/// </summary>
internal readonly record struct AddressLookup
{
    private AddressLookup(IReadOnlyList<IPAddress> addresses, SocketErrorCode? error)
    {
        Addresses = addresses;
        Error = error;
    }

    /// <summary>The addresses, in resolver order; empty when <see cref="Error"/> is set.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; }

    /// <summary>The classified failure, or <c>null</c> on success.</summary>
    public SocketErrorCode? Error { get; }

    /// <summary>True when at least one address was found.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A successful lookup. An empty list is reported as NO_DATA.</summary>
    public static AddressLookup Found(IReadOnlyList<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.Count == 0 ? Failed(SocketErrorCode.NoData) : new AddressLookup(addresses, null);
    }

    /// <summary>A failed lookup.</summary>
    public static AddressLookup Failed(SocketErrorCode error) => new([], error);
}
