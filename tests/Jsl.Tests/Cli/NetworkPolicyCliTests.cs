using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Cli;

/// <summary>
/// <c>jsl --allow-net</c> / <c>--deny-net</c> end to end on loopback: the test owns the listeners
/// and the datagram receiver, so it sees what got through, and the script prints what each
/// message returned.
/// </summary>
public sealed class NetworkPolicyCliTests : IDisposable
{
    private const string Refused = "NETPOLICY: The network policy does not allow this address. ";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly ScriptFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Connects to each port given as an argument, in turn, and prints each Connect's status.</summary>
    private string ConnectEach(string host = "127.0.0.1") => folder.Write("connect.jsl", $$"""
        For Each( {p}, Script Arguments(),
            s = Socket( STREAM );
            Print( (s << Connect( "{{host}}", p ))[2] );
            s << Close();
        );
        """);

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static TcpListener Listen(IPAddress address)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        return listener;
    }

    private static int PortOf(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;

    [Fact]
    public void An_allow_rule_with_a_port_lets_only_that_port_through()
    {
        using var allowed = Listen(IPAddress.Loopback);
        using var other = Listen(IPAddress.Loopback);
        var result = JslProcess.Run(Limit, "--allow-net", "127.0.0.1:" + Text(PortOf(allowed)), ConnectEach(), Text(PortOf(allowed)), Text(PortOf(other)));
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"\"ok\"\n\"{Refused}\"\n", result.Stdout);
        Assert.False(other.Pending(), "the refused Connect reached the listener");
    }

    [Fact]
    public void A_deny_rule_refuses_its_port_and_wins_over_an_allow_rule()
    {
        using var open = Listen(IPAddress.Loopback);
        using var denied = Listen(IPAddress.Loopback);
        var result = JslProcess.Run(Limit, "--allow-net", "127.0.0.0/8", "--deny-net", "127.0.0.1:" + Text(PortOf(denied)), ConnectEach(), Text(PortOf(open)), Text(PortOf(denied)));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"\"ok\"\n\"{Refused}\"\n", result.Stdout);
        Assert.False(denied.Pending(), "the denied Connect reached the listener");
    }

    [Fact]
    public void A_host_name_rule_matches_after_resolution()
    {
        // localhost is in /etc/hosts: the rule and the script's Connect resolve it alike.
        using var listener = Listen(IPAddress.Loopback);
        var result = JslProcess.Run(Limit, "--deny-net", "localhost", ConnectEach("127.0.0.1"), Text(PortOf(listener)));
        Assert.Equal($"\"{Refused}\"\n", result.Stdout);
        result = JslProcess.Run(Limit, "--allow-net", "localhost", ConnectEach("127.0.0.1"), Text(PortOf(listener)));
        Assert.Equal("\"ok\"\n", result.Stdout);
    }

    [SkippableFact]
    public void An_ipv6_rule_on_the_ipv6_loopback()
    {
        Skip.IfNot(global::Jsl.Tests.Sockets.Background.Loopback.HasIpv6(), "this machine has no IPv6 loopback");
        using var listener = Listen(IPAddress.IPv6Loopback);
        var port = Text(PortOf(listener));
        var allowed = JslProcess.Run(Limit, "--allow-net", $"[::1]:{port}", ConnectEach("::1"), port);
        Assert.Equal("\"ok\"\n", allowed.Stdout);
        var denied = JslProcess.Run(Limit, "--deny-net", "::1/128", ConnectEach("::1"), port);
        Assert.Equal($"\"{Refused}\"\n", denied.Stdout);
        // An IPv4 allow list does not cover the IPv6 loopback.
        var other = JslProcess.Run(Limit, "--allow-net", "127.0.0.1", ConnectEach("::1"), port);
        Assert.Equal($"\"{Refused}\"\n", other.Stdout);
    }

    [Fact]
    public void SendTo_on_a_datagram_socket_is_checked_against_its_destination()
    {
        using var receiver = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var deniedReceiver = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = Text(((IPEndPoint)receiver.Client.LocalEndPoint!).Port);
        var deniedPort = Text(((IPEndPoint)deniedReceiver.Client.LocalEndPoint!).Port);
        var script = folder.Write("sendto.jsl", """
            a = Script Arguments();
            u = Socket( DGRAM );
            Print( (u << SendTo( "127.0.0.1", a[1], "allowed" ))[2] );
            Print( (u << SendTo( "127.0.0.1", a[2], "denied" ))[2] );
            """);
        var result = JslProcess.Run(Limit, "--allow-net", "127.0.0.1:" + port, script, port, deniedPort);
        Assert.Equal("", result.Stderr);
        Assert.Equal($"\"ok\"\n\"{Refused}\"\n", result.Stdout);
        IPEndPoint? from = null;
        receiver.Client.ReceiveTimeout = 10_000;
        Assert.Equal("allowed", System.Text.Encoding.ASCII.GetString(receiver.Receive(ref from)));
        Assert.Equal(0, deniedReceiver.Available);
    }

    [Fact]
    public void Bind_is_checked_against_the_local_address_and_every_interface_is_an_address_of_its_own()
    {
        var script = folder.Write("bind.jsl", """
            Print( (Socket() << Bind( "127.0.0.1", "0" ))[2] );
            Print( (Socket() << Bind( "", "0" ))[2] );
            Print( (Socket() << Bind( "0.0.0.0", "0" ))[2] );
            """);
        var result = JslProcess.Run(Limit, "--allow-net", "127.0.0.1", script);
        Assert.Equal($"\"ok\"\n\"{Refused}\"\n\"{Refused}\"\n", result.Stdout);
        result = JslProcess.Run(Limit, "--allow-net", "127.0.0.1,0.0.0.0", script);
        Assert.Equal("\"ok\"\n\"ok\"\n\"ok\"\n", result.Stdout);
    }

    [Fact]
    public void Trace_names_the_rule_that_refused()
    {
        using var listener = Listen(IPAddress.Loopback);
        var port = Text(PortOf(listener));
        var denied = JslProcess.Run(Limit, "--trace", "--deny-net", $"10.0.0.0/8,127.0.0.1:{port}", ConnectEach(), port);
        Assert.Contains($"connect.jsl:3:13 socket#1 network policy refused 127.0.0.1:{port}: denied by the rule 127.0.0.1:{port}\n", denied.Stderr, StringComparison.Ordinal);
        var outside = JslProcess.Run(Limit, "--trace", "--allow-net", "10.0.0.0/8", ConnectEach(), port);
        Assert.Contains($"network policy refused 127.0.0.1:{port}: not in the allow list\n", outside.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_interactive_loop_holds_to_the_policy_too_and_refuses_a_timeout()
    {
        using var listener = Listen(IPAddress.Loopback);
        var entry = $"s = Socket(); Print( (s << Connect( \"127.0.0.1\", \"{Text(PortOf(listener))}\" ))[2] );\n";
        var result = JslProcess.RunWithInput(Limit, null, entry, "--repl", "--allow-net", "10.0.0.1");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\"{Refused}\"\n", result.Stdout, StringComparison.Ordinal);
        var timed = JslProcess.RunWithInput(Limit, null, "1\n", "--repl", "--timeout", "5");
        Assert.Equal(2, timed.ExitCode);
        Assert.Equal("jsl: --timeout bounds a script's run, not the interactive loop\n", timed.Stderr);
    }

    [Theory]
    [InlineData("--allow-net", "127.0.0.1,10.0.0.0/33", "jsl: --allow-net: bad network rule '10.0.0.0/33': the prefix length must be a number from 0 to 32\n")]
    [InlineData("--deny-net", "127.0.0.1:99999", "jsl: --deny-net: bad network rule '127.0.0.1:99999': the port must be a number from 1 to 65535\n")]
    [InlineData("--allow-net", "bad_name", "jsl: --allow-net: bad network rule 'bad_name': not a host name, an IP address or a CIDR range\n")]
    public void A_bad_rule_is_a_usage_error_of_one_line_naming_it(string option, string rules, string message)
    {
        var result = JslProcess.Run(Limit, option, rules, "-e", "Print( \"ran\" )");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
