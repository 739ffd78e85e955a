using System.Net;
using System.Net.Sockets;

namespace Jsl.Sockets.Policy;

/// <summary>
/// A block of addresses of one family, <c>10.0.0.0/8</c> or <c>::1/128</c>: the network's bytes
/// and how many leading bits must match. A single address is the block of its full length.
/// </summary>
/// <remarks>
/// IPv4-mapped IPv6 addresses (<c>::ffff:10.1.2.3</c>) are the IPv4 address they carry, both in a
/// range and in an address matched against it: a dual-stack peer is the same peer whichever way
/// its address is written, so a policy cannot be sidestepped by writing it the other way.
/// </remarks>
internal sealed class AddressRange
{
    private readonly byte[] network;

    private AddressRange(byte[] network, int prefixLength, AddressFamily family)
    {
        this.network = network;
        PrefixLength = prefixLength;
        Family = family;
    }

    /// <summary>IPv4 or IPv6.</summary>
    public AddressFamily Family { get; }

    /// <summary>The number of leading bits an address must share with the network.</summary>
    public int PrefixLength { get; }

    /// <summary>The longest prefix of <paramref name="family"/>: 32 or 128.</summary>
    public static int FullLength(AddressFamily family) => family == AddressFamily.InterNetwork ? 32 : 128;

    /// <summary>The one address <paramref name="address"/>.</summary>
    public static AddressRange Single(IPAddress address)
    {
        var plain = Plain(address);
        return Of(plain, FullLength(plain.AddressFamily));
    }

    /// <summary>
    /// The block of <paramref name="prefixLength"/> leading bits of <paramref name="address"/>
    /// (0 to 32 or 128; the caller checks). Decision: host bits set below the prefix
    /// (<c>10.1.2.3/8</c>) are cleared, as <c>ip route</c> does, rather than refused: the rule
    /// means the block either way. A mapped IPv6 block of 96 bits or more is its IPv4 block.
    /// </summary>
    public static AddressRange Of(IPAddress address, int prefixLength)
    {
        if (address.IsIPv4MappedToIPv6 && prefixLength >= 96)
        {
            return Of(address.MapToIPv4(), prefixLength - 96);
        }
        var bytes = address.GetAddressBytes();
        for (var bit = prefixLength; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
        return new AddressRange(bytes, prefixLength, address.AddressFamily);
    }

    /// <summary>Whether <paramref name="address"/> lies in the block (never across families).</summary>
    public bool Contains(IPAddress address)
    {
        var plain = Plain(address);
        if (plain.AddressFamily != Family) return false;
        Span<byte> bytes = stackalloc byte[16];
        if (!plain.TryWriteBytes(bytes, out var written) || written != network.Length) return false;
        var whole = PrefixLength / 8;
        if (!bytes[..whole].SequenceEqual(network.AsSpan(0, whole))) return false;
        var rest = PrefixLength % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (bytes[whole] & mask) == network[whole];
    }

    /// <summary>An address without its IPv6 mapping or scope, as it is compared.</summary>
    public static IPAddress Plain(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        return address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
    }

    /// <inheritdoc/>
    public override string ToString() => new IPAddress(network) + "/" + PrefixLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
