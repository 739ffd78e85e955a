using Jsl.Sockets.Policy;
using Xunit;

namespace Jsl.Tests.Sockets.Policy;

/// <summary>Reading one rule of <c>--allow-net</c> / <c>--deny-net</c>: every accepted shape, and the refusals a user's typo must meet.</summary>
public sealed class NetworkRuleParserTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1/32", null)]
    [InlineData("127.0.0.1:8080", "127.0.0.1/32", 8080)]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", null)]
    [InlineData("10.0.0.0/8:443", "10.0.0.0/8", 443)]
    [InlineData("10.1.2.3/8", "10.0.0.0/8", null)]
    [InlineData("0.0.0.0/0", "0.0.0.0/0", null)]
    [InlineData("::1", "::1/128", null)]
    [InlineData("::1/128", "::1/128", null)]
    [InlineData("[::1]:9000", "::1/128", 9000)]
    [InlineData("[fd00::/8]:53", "fd00::/8", 53)]
    [InlineData("fd12:3456::/32", "fd12:3456::/32", null)]
    [InlineData("::ffff:10.0.0.1", "10.0.0.1/32", null)]
    [InlineData("::ffff:10.0.0.0/104", "10.0.0.0/8", null)]
    [InlineData(" 127.0.0.1 ", "127.0.0.1/32", null)]
    [InlineData("1.2.3.4:65535", "1.2.3.4/32", 65535)]
    public void Numeric_rules_are_address_ranges(string text, string range, int? port)
    {
        Assert.True(NetworkRuleParser.TryParse(text, out var rule, out var error), error);
        Assert.Equal(range, rule!.Range!.ToString());
        Assert.Null(rule.HostName);
        Assert.Equal(port, rule.Port);
        Assert.Equal(text.Trim(), rule.Text);
    }

    [Theory]
    [InlineData("localhost", "localhost", null)]
    [InlineData("LocalHost:80", "localhost", 80)]
    [InlineData("db-1.example.internal:5432", "db-1.example.internal", 5432)]
    [InlineData("example.com.", "example.com.", null)]
    [InlineData("3com.net", "3com.net", null)]
    public void Names_are_host_rules(string text, string host, int? port)
    {
        Assert.True(NetworkRuleParser.TryParse(text, out var rule, out var error), error);
        Assert.Equal(host, rule!.HostName);
        Assert.Null(rule.Range);
        Assert.Equal(port, rule.Port);
    }

    [Theory]
    [InlineData("", "an empty rule")]
    [InlineData("   ", "an empty rule")]
    [InlineData("10.0.0.0/33", "the prefix length must be a number from 0 to 32")]
    [InlineData("::1/129", "the prefix length must be a number from 0 to 128")]
    [InlineData("10.0.0.0/", "the prefix length")]
    [InlineData("10.0.0.0/-1", "the prefix length")]
    [InlineData("10.0.0.0/8/8", "the prefix length")]
    [InlineData("host/8", "a CIDR range needs an IP address")]
    [InlineData("127.0.0.1:0", "the port must be a number from 1 to 65535")]
    [InlineData("127.0.0.1:65536", "the port")]
    [InlineData("127.0.0.1:http", "the port")]
    [InlineData("127.0.0.1:", "the port")]
    [InlineData("localhost:-1", "the port")]
    [InlineData("[::1", "a '[' without its ']'")]
    [InlineData("[::1]8080", "only ':PORT' may follow ']'")]
    [InlineData("[127.0.0.1]:80", "brackets hold an IPv6 address")]
    [InlineData("10.1", "not a host name")]
    [InlineData("167772161", "not a host name")]
    [InlineData("256.0.0.1", "not a host name")]
    [InlineData("1.2.3.4.5", "not a host name")]
    [InlineData("foo..bar", "not a host name")]
    [InlineData("-foo.com", "not a host name")]
    [InlineData("foo_bar.com", "not a host name")]
    [InlineData("*", "not a host name")]
    [InlineData("fe80::1%eth0", "not a host name")]
    [InlineData("1::2::3", "not a host name")]
    public void Bad_rules_are_refused_with_a_reason(string text, string reason)
    {
        Assert.False(NetworkRuleParser.TryParse(text, out var rule, out var error));
        Assert.Null(rule);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_names_the_bad_rule_of_a_comma_list_and_keeps_none_of_it()
    {
        var policy = new NetworkPolicy().Allow("127.0.0.1");
        var e = Assert.Throws<FormatException>(() => policy.Allow("10.0.0.0/8, 10.0.0.0/40 ,::1"));
        Assert.Equal("bad network rule '10.0.0.0/40': the prefix length must be a number from 0 to 32", e.Message);
        Assert.Single(policy.AllowRules);
        Assert.Throws<FormatException>(() => policy.Deny("127.0.0.1,"));
        Assert.Empty(policy.DenyRules);
    }

    [Fact]
    public void A_comma_list_adds_every_rule_in_order()
    {
        var policy = new NetworkPolicy().Allow("127.0.0.1:80, [::1]:80").Deny("10.0.0.0/8").Deny("localhost");
        Assert.Equal(["127.0.0.1:80", "[::1]:80"], policy.AllowRules.Select(r => r.Text));
        Assert.Equal(["10.0.0.0/8", "localhost"], policy.DenyRules.Select(r => r.Text));
        Assert.False(policy.IsEmpty);
        Assert.True(new NetworkPolicy().IsEmpty);
    }
}
