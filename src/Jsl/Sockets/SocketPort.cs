using System.Globalization;
using System.Net.Sockets;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets;

/// <summary>
/// Reads a port argument (§8 Arguments): a number or numeric string 0–65535, or a service
/// name the system knows (<c>"http"</c>). Anything else is the caller's JSL error.
/// </summary>
internal static class SocketPort
{
    /// <summary>Largest valid port.</summary>
    public const int Max = 65535;

    /// <summary>A port given as text: digits (surrounding spaces allowed) or a service name.</summary>
    public static bool TryParse(string text, INameResolver resolver, ProtocolType protocol, out int port)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resolver);
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit))
        {
            return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= Max
                || Fail(out port);
        }

        return trimmed.Length > 0 && resolver.TryGetServicePort(trimmed, protocol, out port) || Fail(out port);
    }

    /// <summary>A port given as a JSL number: a whole number 0–65535.</summary>
    public static bool TryFromNumber(double value, out int port)
    {
        if (double.IsFinite(value) && value >= 0 && value <= Max && Math.Floor(value) == value)
        {
            port = (int)value;
            return true;
        }

        return Fail(out port);
    }

    private static bool Fail(out int port)
    {
        port = 0;
        return false;
    }
}
