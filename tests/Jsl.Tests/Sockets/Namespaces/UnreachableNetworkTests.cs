using Jsl.Tests.Sockets.Scripts;
using Xunit;

namespace Jsl.Tests.Sockets.Namespaces;

/// <summary>
/// The outcomes loopback cannot give (§8), produced by real scripts run by the <c>jsl</c> command
/// inside network namespaces each test creates and deletes: no route, an absent host on a link,
/// a router that drops, an interface going down. Needs <c>ip netns</c> (root); skips without it
/// unless <c>JSL_REQUIRE_PEERS=1</c>.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed class UnreachableNetworkTests : IDisposable
{
    private const string NetUnreach = "NETUNREACH: The network cannot be reached from this host at this time. ";
    private const string HostUnreach = "HOSTUNREACH: The host cannot be reached from this host at this time. ";
    private const string TimedOut = "TIMEDOUT: The operation timed out. ";
    private const string ConnAborted = "CONNABORTED: The virtual circuit was aborted due to timeout or other failure. ";
    private const string SentAll = "Char To Blob( \"\", \"ascii~hex\" )";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);
    private readonly string directory = Directory.CreateTempSubdirectory("jsl-netns-").FullName;
    private readonly string suffix = NetworkNamespace.UniqueSuffix();
    private readonly List<IDisposable> cleanup = [];

    public void Dispose()
    {
        // Processes first, then namespaces, in reverse order of creation.
        for (var i = cleanup.Count - 1; i >= 0; i--) cleanup[i].Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [SkippableFact]
    public void Without_a_route_connect_and_sendto_report_NETUNREACH()
    {
        NetworkNamespace.RequireSupport();
        var isolated = Own(NetworkNamespace.Create(suffix, "n"));

        var lines = RunToEnd(isolated, """
            Print( Socket() << Connect( "10.253.0.1", "80" ) );
            Print( Socket( DGRAM ) << SendTo( "10.253.0.1", "9", "x" ) );
            """);

        Assert.Equal([$"{{\"connect\", \"{NetUnreach}\"}}", $"{{\"sendto\", \"{NetUnreach}\"}}"], lines);
    }

    [SkippableFact]
    public void Connect_to_an_absent_host_on_the_link_reports_HOSTUNREACH_and_a_datagram_to_it_is_silently_lost()
    {
        NetworkNamespace.RequireSupport();
        var (client, _) = LinkedPair();

        // Neighbour resolution for 10.253.1.9 gets no answer (3 probes, about 3 s by default).
        var lines = RunToEnd(client, """
            Print( Socket() << Connect( "10.253.1.9", "80" ) );
            Print( Socket( DGRAM ) << SendTo( "10.253.1.9", "9", "x" ) );
            """);

        Assert.Equal([$"{{\"connect\", \"{HostUnreach}\"}}", $"{{\"sendto\", \"ok\", {SentAll}}}"], lines);
    }

    [SkippableFact]
    public void Connect_through_a_router_that_drops_reports_TIMEDOUT()
    {
        NetworkNamespace.RequireSupport();
        var (client, router) = LinkedPair();
        // The router does not forward: it drops the SYNs for 10.253.2.0/24 silently (no ICMP), as
        // a firewall's DROP rule would, with nothing but the kernel (no nftables or tc actions needed).
        router.Sysctl("net.ipv4.conf.all.forwarding", "0");
        client.Ip("route", "add", "10.253.2.0/24", "via", "10.253.1.2");
        // One SYN retransmission: the connect gives up after about 3 s instead of about 2 min.
        client.Sysctl("net.ipv4.tcp_syn_retries", "1");

        var lines = RunToEnd(client, """Print( Socket() << Connect( "10.253.2.1", "80" ) );""");

        Assert.Equal([$"{{\"connect\", \"{TimedOut}\"}}"], lines);
    }

    [SkippableFact]
    public void When_the_interface_goes_down_a_background_recv_reports_CONNABORTED_once_retransmission_gives_up()
    {
        NetworkNamespace.RequireSupport();
        var (client, peer) = LinkedPair();
        // One data retransmission before the connection is dropped (about 1 s, not about 15 min).
        client.Sysctl("net.ipv4.tcp_retries2", "1");
        var server = Own(NamespacedJsl.Start(peer, Script("server.jsl", """
            s = Socket(); s << Bind( "10.253.1.2", "7000" ); s << Listen();
            onAccept = Function( {r}, r[4] << Recv( 100, "onData" ) );
            onData = Function( {r}, 0 );
            s << Accept( "onAccept" );
            Print( "listening" );
            Wait( 60 );
            """)));
        server.WaitForLine("\"listening\"", Bound);
        var script = Script("client.jsl", """
            done = 0;
            onData = Function( {r}, Print( r ); done = 1 );
            c = Socket(); Print( c << Connect( "10.253.1.2", "7000" ) ); c << Recv( 100, "onData" );
            Print( "armed" );
            // Keep data in flight, so that the kernel notices the link is gone.
            For( i = 1, i <= 60 & done == 0, i++, c << Send( "x" ); Wait( 0.5 ) );
            Print( If( done, "reported", "nothing reported" ) );
            """);
        var jsl = Own(NamespacedJsl.Start(client, script));
        jsl.WaitForLine("\"armed\"", Bound);

        client.Ip("link", "set", Device("c"), "down");
        jsl.WaitForLine("\"reported\"", Bound);

        Assert.Equal(["{\"connect\", \"ok\"}", "\"armed\"", $"{{\"recv\", \"{ConnAborted}\", Socket[STREAM]}}", "\"reported\""], jsl.Lines);
    }

    [SkippableFact]
    public void A_signal_during_a_blocking_connect_to_a_blackholed_address_exits_with_its_status_and_nothing_else_6_times()
    {
        NetworkNamespace.RequireSupport();
        var (client, router) = LinkedPair();
        // SYNs for 10.253.2.0/24 vanish at the router (no ICMP), with the default retries: the
        // connect would block for about two minutes.
        router.Sysctl("net.ipv4.conf.all.forwarding", "0");
        client.Ip("route", "add", "10.253.2.0/24", "via", "10.253.1.2");
        var script = Script("blackhole.jsl", """
            c = Socket();
            Print( "blocking" );
            Print( c << Connect( "10.253.2.1", "80" ) );
            Print( "after" );
            """);
        SignalDuringBlockingCallTests.RepeatSignal(script, runs: 6,
            start: s => JslServerProcess.StartCommand("ip", ["netns", "exec", client.Name, "dotnet", Support.JslProcess.CommandPath, s]));
    }

    /// <summary>Two namespaces joined by a veth pair: client 10.253.1.1/24, peer 10.253.1.2/24.</summary>
    private (NetworkNamespace Client, NetworkNamespace Peer) LinkedPair()
    {
        var client = Own(NetworkNamespace.Create(suffix, "c"));
        var peer = Own(NetworkNamespace.Create(suffix, "p"));
        client.Link(Device("c"), "10.253.1.1/24", peer, Device("p"), "10.253.1.2/24");
        return (client, peer);
    }

    private string Device(string role) => $"jsl{suffix}{role}0";

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        cleanup.Add(disposable);
        return disposable;
    }

    private string Script(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private IReadOnlyList<string> RunToEnd(NetworkNamespace space, string text)
    {
        using var jsl = NamespacedJsl.Run(space, Script("script.jsl", text), Bound);
        Assert.True(jsl.ExitCode == 0 && jsl.Stderr.Length == 0, $"exit {jsl.ExitCode}, stderr:\n{jsl.Stderr}");
        return jsl.Lines;
    }
}
