namespace Jsl.Sockets.Policy;

/// <summary>
/// One rule of a network policy as written (<c>10.0.0.0/8</c>, <c>localhost:8080</c>,
/// <c>[::1]:9000</c>): the addresses it covers, either a range or a host name still to be
/// resolved, and the one port it is limited to, if any.
/// </summary>
internal sealed class NetworkRule
{
    /// <summary>A rule for a block of addresses.</summary>
    public NetworkRule(string text, AddressRange range, int? port)
    {
        Text = text;
        Range = range;
        Port = port;
    }

    /// <summary>A rule for the addresses a host name resolves to.</summary>
    public NetworkRule(string text, string hostName, int? port)
    {
        Text = text;
        HostName = hostName;
        Port = port;
    }

    /// <summary>The rule as the user wrote it (what <c>--trace</c> names).</summary>
    public string Text { get; }

    /// <summary>The addresses, for a numeric rule; null for a host name.</summary>
    public AddressRange? Range { get; }

    /// <summary>The host name, for a rule that names one; null for a numeric rule.</summary>
    public string? HostName { get; }

    /// <summary>The port the rule is limited to; null for every port.</summary>
    public int? Port { get; }

    /// <summary>
    /// Whether the rule covers <paramref name="port"/>. Decision: a rule with a port never covers
    /// port 0 (a <c>Bind</c> that lets the system choose), since the port it will get is unknown.
    /// </summary>
    public bool CoversPort(int port) => Port is not int only || only == port;
}
