using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jsl.Sockets.Policy;

/// <summary>
/// Reads one rule: <c>HOST</c>, <c>HOST:PORT</c>, an IPv4 address or range with an optional
/// <c>:PORT</c> (<c>10.0.0.0/8:443</c>), a bare IPv6 address or range (<c>::1</c>,
/// <c>fd00::/8</c>), or one in brackets with a port (<c>[::1]:8080</c>, <c>[fd00::/8]:53</c>).
/// </summary>
/// <remarks>
/// Decision: IPv4 text must be four dotted decimal numbers. .NET would also read <c>10.1</c> or
/// <c>167772161</c> as addresses, which in a security rule is more likely a typo than intent;
/// such text is refused as neither an address nor a host name (a host name's last label is
/// never all digits). Ports are 1 to 65535, numbers only: a service name (<c>http</c>) depends
/// on the machine's service table, which a policy should not.
/// </remarks>
internal static class NetworkRuleParser
{
    /// <summary>Parses <paramref name="text"/>; false with the reason in <paramref name="error"/> when it is not a rule.</summary>
    public static bool TryParse(string text, out NetworkRule? rule, out string error)
    {
        rule = null;
        error = "";
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = "an empty rule";
            return false;
        }
        if (!TrySplitPort(trimmed, out var addressPart, out var port, out error)) return false;
        if (TryRange(addressPart, out var range, out error))
        {
            rule = new NetworkRule(trimmed, range!, port);
            return true;
        }
        if (error.Length > 0) return false;
        if (IsHostName(addressPart))
        {
            rule = new NetworkRule(trimmed, addressPart.ToLowerInvariant(), port);
            return true;
        }
        error = "not a host name, an IP address or a CIDR range";
        return false;
    }

    /// <summary>Splits off <c>:PORT</c>: after <c>]</c> for IPv6, after the only colon otherwise (more than one colon is bare IPv6).</summary>
    private static bool TrySplitPort(string text, out string address, out int? port, out string error)
    {
        port = null;
        error = "";
        address = text;
        string? portText = null;
        if (text[0] == '[')
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                error = "a '[' without its ']'";
                return false;
            }
            address = text[1..close];
            var after = text[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    error = "only ':PORT' may follow ']'";
                    return false;
                }
                portText = after[1..];
            }
            if (!address.Contains(':', StringComparison.Ordinal))
            {
                error = "brackets hold an IPv6 address";
                return false;
            }
        }
        else if (text.Count(static ch => ch == ':') == 1)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            address = text[..colon];
            portText = text[(colon + 1)..];
        }
        if (portText is null) return true;
        if (portText.Length is 0 or > 5 || !portText.All(char.IsAsciiDigit) || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            error = "the port must be a number from 1 to 65535";
            return false;
        }
        port = number;
        return true;
    }

    /// <summary>
    /// An address or <c>ADDRESS/LENGTH</c>. False with an empty <paramref name="error"/> when the
    /// text is not numeric at all (it may be a host name); false with a reason when it is a
    /// broken range.
    /// </summary>
    private static bool TryRange(string text, out AddressRange? range, out string error)
    {
        range = null;
        error = "";
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!TryAddress(addressText, out var address))
        {
            if (slash >= 0) error = "a CIDR range needs an IP address before '/'";
            return false;
        }
        var full = AddressRange.FullLength(address!.AddressFamily);
        if (slash < 0)
        {
            range = AddressRange.Of(address, full);
            return true;
        }
        var lengthText = text[(slash + 1)..];
        if (lengthText.Length is 0 or > 3 || !lengthText.All(char.IsAsciiDigit) || int.Parse(lengthText, CultureInfo.InvariantCulture) > full)
        {
            error = $"the prefix length must be a number from 0 to {full}";
            return false;
        }
        range = AddressRange.Of(address, int.Parse(lengthText, CultureInfo.InvariantCulture));
        return true;
    }

    private static bool TryAddress(string text, out IPAddress? address)
    {
        address = null;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            // No zone (%eth0): a rule names addresses, not interfaces.
            return !text.Contains('%', StringComparison.Ordinal)
                && IPAddress.TryParse(text, out address)
                && address.AddressFamily == AddressFamily.InterNetworkV6;
        }
        var parts = text.Split('.');
        if (parts.Length != 4 || parts.Any(static p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit) || int.Parse(p, CultureInfo.InvariantCulture) > 255)) return false;
        return IPAddress.TryParse(text, out address);
    }

    /// <summary>Letters, digits and hyphens in dot-separated labels of 1 to 63 characters, the last not all digits (RFC 1123, RFC 3696 §2).</summary>
    private static bool IsHostName(string text)
    {
        var name = text.EndsWith('.') ? text[..^1] : text;
        if (name.Length is 0 or > 253) return false;
        var labels = name.Split('.');
        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-') return false;
            if (!label.All(static ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')) return false;
        }
        return !labels[^1].All(char.IsAsciiDigit);
    }
}
