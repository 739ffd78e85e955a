using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jsl.Sockets;
using Jsl.Sockets.Resolution;
using Xunit;

namespace Jsl.Tests.Sockets;

// Only localhost / 127.0.0.1 go to the real resolver (they are answered from /etc/hosts);
// every other name is the fake's.
public class ResolutionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task System_resolver_finds_localhost_as_loopback()
    {
        var lookup = await new SystemNameResolver().ResolveAsync("localhost", AddressFamily.InterNetwork, None);
        Assert.True(lookup.Succeeded);
        Assert.Contains(IPAddress.Loopback, lookup.Addresses);
        Assert.All(lookup.Addresses, a => Assert.Equal(AddressFamily.InterNetwork, a.AddressFamily));
    }

    [Fact]
    public async Task System_resolver_passes_numeric_text_through()
    {
        var lookup = await new SystemNameResolver().ResolveAsync("127.0.0.1", AddressFamily.Unspecified, None);
        Assert.Equal([IPAddress.Loopback], lookup.Addresses);
    }

    [Fact]
    public async Task System_resolver_rejects_an_empty_name_without_asking_anyone()
    {
        var lookup = await new SystemNameResolver().ResolveAsync("", AddressFamily.Unspecified, None);
        Assert.Equal(SocketErrorCode.HostNotFound, lookup.Error);
    }

    [Fact]
    public async Task System_resolver_reverses_127_0_0_1_to_localhost()
    {
        var lookup = await new SystemNameResolver().ReverseAsync(IPAddress.Loopback, None);
        Assert.Equal("localhost", lookup.HostName);
    }

    [Fact]
    public void System_service_table_knows_http()
    {
        Assert.True(new SystemNameResolver().TryGetServicePort("http", ProtocolType.Tcp, out var port));
        Assert.Equal(80, port);
        Assert.True(new SystemNameResolver().TryGetServicePort("HTTP", ProtocolType.Udp, out port));
        Assert.Equal(80, port);
        Assert.False(new SystemNameResolver().TryGetServicePort("no-such-service-here", ProtocolType.Tcp, out _));
    }

    [Fact]
    public void Service_table_parses_the_etc_services_format()
    {
        var table = ServiceTable.Parse("""
            # comment line
            http		80/tcp		www		# WorldWideWeb HTTP
            domain		53/udp
            bogus       notaport/tcp
            odd         70000/tcp
            """);
        Assert.True(table.TryGetPort("www", ProtocolType.Tcp, out var port));
        Assert.Equal(80, port);
        Assert.True(table.TryGetPort("domain", ProtocolType.Udp, out port));
        Assert.Equal(53, port);
        Assert.False(table.TryGetPort("bogus", ProtocolType.Tcp, out _));
        Assert.False(table.TryGetPort("odd", ProtocolType.Tcp, out _));
        Assert.False(table.TryGetPort("#", ProtocolType.Tcp, out _));
    }

    [Theory]
    [InlineData("80", 80)]
    [InlineData(" 8080 ", 8080)]
    [InlineData("0", 0)]
    [InlineData("65535", 65535)]
    [InlineData("http", 80)]
    public void Ports_parse_from_text(string text, int expected)
    {
        Assert.True(SocketPort.TryParse(text, new FakeNameResolver(), ProtocolType.Tcp, out var port));
        Assert.Equal(expected, port);
    }

    [Theory]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("")]
    [InlineData("8o")]
    [InlineData("99999999999999999999")]
    [InlineData("gopher-nonexistent")]
    public void Bad_port_text_is_refused(string text)
    {
        Assert.False(SocketPort.TryParse(text, new FakeNameResolver(), ProtocolType.Tcp, out _));
    }

    [Theory]
    [InlineData(80.0, true)]
    [InlineData(0.0, true)]
    [InlineData(65535.0, true)]
    [InlineData(65536.0, false)]
    [InlineData(-1.0, false)]
    [InlineData(80.5, false)]
    [InlineData(double.NaN, false)]
    public void Ports_from_numbers(double value, bool ok)
    {
        Assert.Equal(ok, SocketPort.TryFromNumber(value, out _));
    }

    [Fact]
    public async Task Get_Addr_Info_of_localhost_with_a_port()
    {
        var result = await AddressInfoBuilder.GetAddrInfoAsync(new SystemNameResolver(), "localhost", 80, None);
        Assert.Equal("ok", result.Status);
        Assert.Contains(result.Entries, e => e.ToItems().SequenceEqual(["PF_INET", "SOCK_0", "IPPROTO_0", "127.0.0.1", "80"]));
    }

    [Fact]
    public async Task Get_Addr_Info_gives_one_entry_per_address_in_resolver_order()
    {
        var fake = new FakeNameResolver().AddHost("www.example.test", "192.0.2.7", "2001:db8::7");
        var result = await AddressInfoBuilder.GetAddrInfoAsync(fake, "www.example.test", 0, None);
        Assert.Equal(
            [["PF_INET", "SOCK_0", "IPPROTO_0", "192.0.2.7", "0"], ["PF_INET6", "SOCK_0", "IPPROTO_0", "2001:db8::7", "0"]],
            result.Entries.Select(e => e.ToItems()));
    }

    [Theory]
    [InlineData("HostNotFound", "HOST_NOT_FOUND: Authoritative Answer Host not found. ")]
    [InlineData("TryAgain", "TRY_AGAIN: Non-Authoritative Host not found, or SERVERFAIL. ")]
    [InlineData("NoRecovery", "NO_RECOVERY: Non recoverable errors, FORMERR, REFUSED, NOTIMP. ")]
    [InlineData("NoData", "NO_DATA: Valid name, no data record of requested type. ")]
    public async Task Get_Addr_Info_failures_carry_the_resolver_code(string error, string status)
    {
        var fake = new FakeNameResolver().FailHost("broken.example.test", Enum.Parse<SocketErrorCode>(error));
        var result = await AddressInfoBuilder.GetAddrInfoAsync(fake, "broken.example.test", 0, None);
        Assert.Empty(result.Entries);
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public async Task Get_Addr_Info_of_an_unknown_name_is_HOST_NOT_FOUND()
    {
        var result = await AddressInfoBuilder.GetAddrInfoAsync(new FakeNameResolver(), "nowhere.example.test", 0, None);
        Assert.Equal("HOST_NOT_FOUND: Authoritative Answer Host not found. ", result.Status);
    }

    [Fact]
    public async Task Get_Name_Info_of_127_0_0_1_is_localhost()
    {
        var result = await AddressInfoBuilder.GetNameInfoAsync(new SystemNameResolver(), "127.0.0.1", 0, None);
        Assert.Equal("ok", result.Status);
        Assert.Equal([["PF_INET", "SOCK_0", "IPPROTO_0", "localhost", "0"]], result.Entries.Select(e => e.ToItems()));
    }

    [Fact]
    public async Task Get_Name_Info_uses_the_reverse_table_and_family()
    {
        var fake = new FakeNameResolver().AddReverse("2001:db8::1", "six.example.test");
        var result = await AddressInfoBuilder.GetNameInfoAsync(fake, "2001:db8::1", 443, None);
        Assert.Equal([["PF_INET6", "SOCK_0", "IPPROTO_0", "six.example.test", "443"]], result.Entries.Select(e => e.ToItems()));
    }

    [Fact]
    public async Task Get_Name_Info_of_an_address_without_a_name_gives_the_numeric_text()
    {
        var result = await AddressInfoBuilder.GetNameInfoAsync(new FakeNameResolver(), "192.0.2.55", 0, None);
        Assert.Equal("ok", result.Status);
        Assert.Equal("192.0.2.55", result.Entries[0].Host);
    }

    [Fact]
    public async Task Get_Name_Info_reports_a_resolver_that_cannot_answer()
    {
        var fake = new FakeNameResolver().FailReverse("192.0.2.66", SocketErrorCode.TryAgain);
        var result = await AddressInfoBuilder.GetNameInfoAsync(fake, "192.0.2.66", 0, None);
        Assert.Equal("TRY_AGAIN: Non-Authoritative Host not found, or SERVERFAIL. ", result.Status);
    }

    [Fact]
    public async Task Get_Name_Info_of_a_name_resolves_it_first()
    {
        var fake = new FakeNameResolver().AddHost("alias.example.test", "192.0.2.9").AddReverse("192.0.2.9", "real.example.test");
        var result = await AddressInfoBuilder.GetNameInfoAsync(fake, "alias.example.test", 0, None);
        Assert.Equal("real.example.test", result.Entries[0].Host);
    }

    [Fact]
    public async Task Peer_name_falls_back_to_numeric_text_when_the_lookup_is_slow()
    {
        var fake = new FakeNameResolver { Delay = TimeSpan.FromSeconds(30) }.AddReverse("192.0.2.10", "slow.example.test");
        var watch = Stopwatch.StartNew();
        var name = await AddressInfoBuilder.PeerNameAsync(fake, IPAddress.Parse("192.0.2.10"), TimeSpan.FromMilliseconds(200), None);
        Assert.Equal("192.0.2.10", name);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Peer_name_uses_the_name_when_found()
    {
        var fake = new FakeNameResolver().AddReverse("192.0.2.11", "quick.example.test");
        Assert.Equal("quick.example.test", await AddressInfoBuilder.PeerNameAsync(fake, IPAddress.Parse("192.0.2.11"), TimeSpan.FromSeconds(2), None));
        Assert.Equal("192.0.2.12", await AddressInfoBuilder.PeerNameAsync(fake, IPAddress.Parse("192.0.2.12"), TimeSpan.FromSeconds(2), None));
    }

    [Fact]
    public void IPv4_mapped_addresses_print_as_IPv4()
    {
        Assert.Equal("127.0.0.1", AddressInfoBuilder.AddressText(IPAddress.Loopback.MapToIPv6()));
        Assert.Equal("::1", AddressInfoBuilder.AddressText(IPAddress.IPv6Loopback));
    }
}
