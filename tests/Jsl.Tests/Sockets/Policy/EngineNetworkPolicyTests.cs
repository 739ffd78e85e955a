using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Output;
using Jsl.Sockets.Policy;
using Xunit;

namespace Jsl.Tests.Sockets.Policy;

/// <summary>The embedding API's <see cref="Engine.NetworkPolicy"/>: the same rules as <c>--allow-net</c> / <c>--deny-net</c>, with a host's resolver.</summary>
public sealed class EngineNetworkPolicyTests
{
    private const string Refused = "NETPOLICY: The network policy does not allow this address. ";

    private static (string Log, string Trace) Run(NetworkPolicy? policy, string script, FakeNameResolver? resolver = null)
    {
        var log = new StringWriter();
        var trace = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(log), trace) { NetworkPolicy = policy, TraceSockets = true };
        if (resolver is not null) engine.Interpreter.State.NameResolver = resolver;
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        engine.Cancellation = bound.Token;
        engine.Evaluate(script, "policy.jsl");
        engine.RunPending();
        return (log.ToString(), trace.ToString());
    }

    private static string ConnectTo(string host, int port) =>
        $"s = Socket(); Print( (s << Connect( \"{host}\", \"{port}\" ))[2] ); s << Close();";

    [Fact]
    public void No_policy_and_an_empty_one_allow_everything()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Assert.Equal("\"ok\"\n", Run(null, ConnectTo("127.0.0.1", port)).Log);
        Assert.Equal("\"ok\"\n", Run(new NetworkPolicy(), ConnectTo("127.0.0.1", port)).Log);
    }

    [Fact]
    public void A_host_rule_resolves_through_the_hosts_resolver_and_the_script_name_through_the_same()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var resolver = new FakeNameResolver().AddHost("service.test", "127.0.0.1").AddHost("other.test", "127.0.0.2");
        var policy = new NetworkPolicy().Allow("service.test");
        Assert.Equal("\"ok\"\n", Run(policy, ConnectTo("service.test", port), resolver).Log);
        var refused = Run(policy, ConnectTo("other.test", port), resolver);
        Assert.Equal($"\"{Refused}\"\n", refused.Log);
        Assert.Contains("network policy refused 127.0.0.2:" + port + ": not in the allow list", refused.Trace, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_several_addresses_is_narrowed_to_the_allowed_ones()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        // The first address is denied; Connect goes to the second, and the trace says why it skipped the first.
        var resolver = new FakeNameResolver().AddHost("both.test", "127.0.0.2", "127.0.0.1");
        var run = Run(new NetworkPolicy().Deny("127.0.0.2"), ConnectTo("both.test", port), resolver);
        Assert.Equal("\"ok\"\n", run.Log);
        Assert.Contains("network policy refused 127.0.0.2:" + port + ": denied by the rule 127.0.0.2", run.Trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_added_after_the_policy_is_set_apply_from_the_next_message()
    {
        var policy = new NetworkPolicy();
        var log = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(log), TextWriter.Null) { NetworkPolicy = policy };
        engine.Evaluate("u = Socket( DGRAM ); Print( (u << Bind( \"127.0.0.1\", \"0\" ))[2] );");
        policy.Deny("127.0.0.0/8");
        engine.Evaluate("v = Socket( DGRAM ); Print( (v << Bind( \"127.0.0.1\", \"0\" ))[2] ); Print( (u << SendTo( \"127.0.0.1\", \"9\", \"x\" ))[2] );");
        engine.CloseSockets();
        Assert.Equal($"\"ok\"\n\"{Refused}\"\n\"{Refused}\"\n", log.ToString());
    }

    /// <summary>
    /// docs/cli.md: "Accept is not checked: a listener bound where the policy allows takes whoever
    /// connects." A peer the policy denies (and that no allow rule covers) is accepted, by the
    /// plain Accept Fast and by a background one, and its address is the one the policy names.
    /// </summary>
    [Fact]
    public void Accept_takes_a_peer_the_policy_denies_because_listening_was_allowed()
    {
        var log = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(log), TextWriter.Null)
        {
            NetworkPolicy = new NetworkPolicy().Allow("127.0.0.1").Deny("127.0.0.2"),
        };
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        engine.Cancellation = bound.Token;
        try
        {
            engine.Evaluate("server = Socket(); server << Bind( \"127.0.0.1\", \"0\" ); server << Listen(); port = (server << GetSockName)[4];");
            var port = int.Parse(engine.Evaluate("port").AsString(), System.Globalization.CultureInfo.InvariantCulture);
            using var first = Client(port);
            engine.Evaluate("r = server << Accept Fast(); Print( r[2], (r[4] << GetPeerName)[3] );");
            using var second = Client(port);
            engine.Evaluate("""
                onAccept = Function( {r}, Print( r[2], (r[4] << GetPeerName)[3] ); server << Close() );
                server << Accept Fast( "onAccept", 20 );
                """);
            engine.RunPending();
        }
        finally
        {
            engine.CloseSockets();
        }
        Assert.Equal("\"ok\"\n\"127.0.0.2\"\n\"ok\"\n\"127.0.0.2\"\n", log.ToString());
    }

    /// <summary>A connected client from 127.0.0.2, an address of loopback's range.</summary>
    private static Socket Client(int port)
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0));
        client.Connect(new IPEndPoint(IPAddress.Loopback, port));
        return client;
    }
}
