using System.Collections.Frozen;
using System.Globalization;
using System.Net.Sockets;

namespace Jsl.Sockets.Resolution;

/// <summary>
/// Service names to ports, as in <c>/etc/services</c> (<c>name port/proto [aliases] # comment</c>).
/// Reading the file is the whole lookup: no network, no NSS plug-ins.
/// </summary>
internal sealed class ServiceTable
{
    // Used only when the system has no services file at all (slim containers often lack the
    // netbase package); the handful of names a script is likely to write.
    private const string BuiltIn = """
        ftp 21/tcp
        ssh 22/tcp
        telnet 23/tcp
        smtp 25/tcp mail
        domain 53/tcp
        domain 53/udp
        http 80/tcp www
        pop3 110/tcp
        ntp 123/udp
        imap 143/tcp imap2
        snmp 161/udp
        https 443/tcp
        syslog 514/udp
        """;

    private static readonly Lazy<ServiceTable> SystemTable = new(LoadSystem);

    private readonly FrozenDictionary<string, int> tcp;
    private readonly FrozenDictionary<string, int> udp;

    private ServiceTable(FrozenDictionary<string, int> tcp, FrozenDictionary<string, int> udp)
    {
        this.tcp = tcp;
        this.udp = udp;
    }

    /// <summary>The system's table, read once on first use.</summary>
    public static ServiceTable System => SystemTable.Value;

    /// <summary>Parses text in the <c>/etc/services</c> format.</summary>
    public static ServiceTable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tcp = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var udp = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var fields = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }

            var slash = fields[1].IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0
                || !int.TryParse(fields[1].AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
                || port > 65535)
            {
                continue;
            }

            var target = fields[1][(slash + 1)..].ToLowerInvariant() switch
            {
                "tcp" => tcp,
                "udp" => udp,
                _ => null,
            };
            if (target is null)
            {
                continue;
            }

            for (var i = 0; i < fields.Length; i++)
            {
                if (i != 1)
                {
                    // The first entry for a name wins, as getservbyname does.
                    target.TryAdd(fields[i], port);
                }
            }
        }

        return new ServiceTable(
            tcp.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            udp.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The port for <paramref name="name"/>. Decision: when the name is not listed for
    /// <paramref name="protocol"/> the other protocol's entry is used, since nearly every
    /// well-known port is registered for both and scripts say "http" for either socket type.
    /// </summary>
    public bool TryGetPort(string name, ProtocolType protocol, out int port)
    {
        var (first, second) = protocol == ProtocolType.Udp ? (udp, tcp) : (tcp, udp);
        return first.TryGetValue(name, out port) || second.TryGetValue(name, out port);
    }

    private static ServiceTable LoadSystem()
    {
        var path = OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.System), "drivers", "etc", "services")
            : "/etc/services";
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (IOException)
        {
            return Parse(BuiltIn);
        }
        catch (UnauthorizedAccessException)
        {
            return Parse(BuiltIn);
        }
    }
}
