using System.Net;
using Jsl.Sockets.Policy;
using Xunit;

namespace Jsl.Tests.Sockets.Policy;

/// <summary>Matching addresses against a policy: IPv4, IPv6, CIDR edges, ports, IPv4-mapped IPv6, host rules, deny over allow.</summary>
public sealed class NetworkPolicyMatcherTests
{
    private static PolicyVerdict Check(NetworkPolicy policy, string address, int port, FakeNameResolver? resolver = null) =>
        new NetworkPolicyMatcher(policy, resolver ?? new FakeNameResolver()).Check(IPAddress.Parse(address), port, CancellationToken.None);

    private static bool Allowed(NetworkPolicy policy, string address, int port = 80) => Check(policy, address, port).Allowed;

    [Fact]
    public void An_empty_policy_allows_everything()
    {
        var policy = new NetworkPolicy();
        Assert.True(Allowed(policy, "8.8.8.8"));
        Assert.True(Allowed(policy, "::1", 0));
    }

    [Theory]
    [InlineData("10.0.0.0", true)]
    [InlineData("10.255.255.255", true)]
    [InlineData("9.255.255.255", false)]
    [InlineData("11.0.0.0", false)]
    public void An_ipv4_range_covers_exactly_its_block(string address, bool inside)
    {
        Assert.Equal(inside, Allowed(new NetworkPolicy().Allow("10.0.0.0/8"), address));
    }

    [Theory]
    [InlineData("192.168.1.127", "192.168.1.0/25", true)]
    [InlineData("192.168.1.128", "192.168.1.0/25", false)]
    [InlineData("172.31.255.255", "172.16.0.0/12", true)]
    [InlineData("172.32.0.0", "172.16.0.0/12", false)]
    [InlineData("203.0.113.7", "203.0.113.7/32", true)]
    [InlineData("203.0.113.8", "203.0.113.7/32", false)]
    [InlineData("1.2.3.4", "0.0.0.0/0", true)]
    [InlineData("::1", "0.0.0.0/0", false)]
    public void Ipv4_prefix_edges_split_at_the_right_bit(string address, string rule, bool inside)
    {
        Assert.Equal(inside, Allowed(new NetworkPolicy().Allow(rule), address));
    }

    [Theory]
    [InlineData("::1", "::1", true)]
    [InlineData("::2", "::1", false)]
    [InlineData("fd00::1", "fd00::/8", true)]
    [InlineData("fdff:ffff::1", "fd00::/8", true)]
    [InlineData("fe00::1", "fd00::/8", false)]
    [InlineData("2001:db8:0:7fff::1", "2001:db8::/49", true)]
    [InlineData("2001:db8:0:8000::1", "2001:db8::/49", false)]
    [InlineData("2001:db8::1", "::/0", true)]
    [InlineData("127.0.0.1", "::/0", false)]
    [InlineData("fe80::1%2", "fe80::/10", true)]
    public void Ipv6_ranges_match_by_prefix_and_never_across_families(string address, string rule, bool inside)
    {
        Assert.Equal(inside, Allowed(new NetworkPolicy().Allow(rule), address));
    }

    [Fact]
    public void Ipv4_mapped_ipv6_is_the_ipv4_address_both_ways()
    {
        // A mapped address against an IPv4 rule...
        Assert.True(Allowed(new NetworkPolicy().Allow("127.0.0.1"), "::ffff:127.0.0.1"));
        Assert.False(Allowed(new NetworkPolicy().Deny("10.0.0.0/8"), "::ffff:10.9.8.7"));
        // ...and a mapped rule against an IPv4 address.
        Assert.True(Allowed(new NetworkPolicy().Allow("::ffff:192.168.0.0/112"), "192.168.4.5"));
        Assert.False(Allowed(new NetworkPolicy().Allow("::ffff:192.168.0.0/112"), "192.169.0.1"));
    }

    [Fact]
    public void A_rule_with_a_port_covers_only_that_port()
    {
        var policy = new NetworkPolicy().Allow("127.0.0.1:8080,[::1]:9000");
        Assert.True(Allowed(policy, "127.0.0.1", 8080));
        Assert.False(Allowed(policy, "127.0.0.1", 8081));
        Assert.True(Allowed(policy, "::1", 9000));
        Assert.False(Allowed(policy, "::1", 8080));
        // Port 0 (a Bind that lets the system choose) is no particular port.
        Assert.False(Allowed(policy, "127.0.0.1", 0));
        Assert.True(Allowed(new NetworkPolicy().Allow("127.0.0.1"), "127.0.0.1", 0));
    }

    [Fact]
    public void Deny_wins_over_allow_and_names_its_rule()
    {
        var policy = new NetworkPolicy().Allow("127.0.0.0/8").Deny("127.0.0.1:25");
        Assert.True(Allowed(policy, "127.0.0.1", 80));
        var refused = Check(policy, "127.0.0.1", 25);
        Assert.False(refused.Allowed);
        Assert.Equal("denied by the rule 127.0.0.1:25", refused.Reason);
    }

    [Fact]
    public void An_address_outside_the_allow_list_is_refused_as_such()
    {
        var refused = Check(new NetworkPolicy().Allow("127.0.0.1"), "127.0.0.2", 80);
        Assert.False(refused.Allowed);
        Assert.Equal("not in the allow list", refused.Reason);
    }

    [Fact]
    public void Deny_rules_alone_leave_everything_else_allowed()
    {
        var policy = new NetworkPolicy().Deny("169.254.169.254,fd00::/8");
        Assert.False(Allowed(policy, "169.254.169.254"));
        Assert.False(Allowed(policy, "fd00::5"));
        Assert.True(Allowed(policy, "169.254.169.253"));
        Assert.True(Allowed(policy, "::1"));
    }

    [Fact]
    public void The_wildcard_address_is_itself_not_every_address()
    {
        var loopbackOnly = new NetworkPolicy().Allow("127.0.0.1");
        Assert.False(Allowed(loopbackOnly, "0.0.0.0", 0));
        Assert.False(Allowed(loopbackOnly, "::", 0));
        Assert.True(Allowed(new NetworkPolicy().Allow("0.0.0.0"), "0.0.0.0", 0));
    }

    [Fact]
    public void A_host_rule_matches_the_addresses_the_name_resolves_to_resolved_once()
    {
        var resolver = new FakeNameResolver().AddHost("db.internal", "10.1.1.1", "fd00::7");
        var matcher = new NetworkPolicyMatcher(new NetworkPolicy().Allow("db.internal:5432"), resolver);
        Assert.True(matcher.Check(IPAddress.Parse("10.1.1.1"), 5432, CancellationToken.None).Allowed);
        Assert.True(matcher.Check(IPAddress.Parse("fd00::7"), 5432, CancellationToken.None).Allowed);
        Assert.False(matcher.Check(IPAddress.Parse("10.1.1.2"), 5432, CancellationToken.None).Allowed);
        Assert.False(matcher.Check(IPAddress.Parse("10.1.1.1"), 80, CancellationToken.None).Allowed);
        // The answer is kept for the run: a changed answer does not widen the rule.
        resolver.AddHost("db.internal", "10.1.1.2");
        Assert.False(matcher.Check(IPAddress.Parse("10.1.1.2"), 5432, CancellationToken.None).Allowed);
        Assert.Single(resolver.Queries, q => q.Contains("db.internal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_host_rule_that_does_not_resolve_covers_nothing()
    {
        var resolver = new FakeNameResolver();
        Assert.False(Check(new NetworkPolicy().Allow("gone.invalid"), "127.0.0.1", 80, resolver).Allowed);
        Assert.True(Check(new NetworkPolicy().Deny("gone.invalid"), "127.0.0.1", 80, resolver).Allowed);
    }
}
