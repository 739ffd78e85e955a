using Jsl.Sockets;
using Xunit;

namespace Jsl.Tests.Sockets;

public class SocketErrorCatalogTests
{
    // The table of sockets.md §6, copied byte for byte.
    public static TheoryData<string, string> Spec => new()
    {
        { "CONNREFUSED", "CONNREFUSED: The attempt to connect was forcefully rejected. " },
        { "NOTCONN", "NOTCONN: The socket is not connected. " },
        { "ADDRNOTAVAIL", "ADDRNOTAVAIL: The specified address is not available from the local machine. " },
        { "INVAL", "INVAL: The socket is (or is not, depending on context) already bound to an address. or, Listen was not invoked prior to accept. or, Invalid host address. or, The socket has not been bound with Bind. " },
        { "WOULDBLOCK", "WOULDBLOCK: The socket is marked as non-blocking and the requested operation would block. " },
        { "CLOSED", "CLOSED: The connection was closed by the remote side. " },
        { "TIMEDOUT", "TIMEDOUT: The operation timed out. " },
        { "INPROGRESS", "INPROGRESS: A background operation is already in progress on this socket. " },
        { "ADDRINUSE", "ADDRINUSE: The specified address is already in use. " },
        { "AFNOSUPPORT", "AFNOSUPPORT: Addresses in the specified family cannot be used with this socket. " },
        { "CONNABORTED", "CONNABORTED: The virtual circuit was aborted due to timeout or other failure. " },
        { "CONNRESET", "CONNRESET: The virtual circuit was reset by the remote side. " },
        { "DESTADDRREQ", "DESTADDRREQ: A destination address is required. " },
        { "ISCONN", "ISCONN: The socket is already connected. " },
        { "MFILE", "MFILE: No more file descriptors are available. " },
        { "MSGSIZE", "MSGSIZE: The datagram was too large to fit into the specified buffer and was truncated. " },
        { "NETUNREACH", "NETUNREACH: The network cannot be reached from this host at this time. " },
        { "HOSTUNREACH", "HOSTUNREACH: The host cannot be reached from this host at this time. " },
        { "NOBUFS", "NOBUFS: No buffer space is available. " },
        { "NOTSOCK", "NOTSOCK: The descriptor is not a socket. " },
        { "OPNOTSUPP", "OPNOTSUPP: The referenced socket is not a type that supports the requested operation. " },
        { "SHUTDOWN", "SHUTDOWN: The socket has been shut down. " },
        { "NETDOWN", "NETDOWN: The Windows Sockets implementation detected that the network subsystem failed. " },
        { "ACCES", "ACCES: The requested address is a broadcast address, but the appropriate flag was not set. " },
        { "HOST_NOT_FOUND", "HOST_NOT_FOUND: Authoritative Answer Host not found. " },
        { "TRY_AGAIN", "TRY_AGAIN: Non-Authoritative Host not found, or SERVERFAIL. " },
        { "NO_RECOVERY", "NO_RECOVERY: Non recoverable errors, FORMERR, REFUSED, NOTIMP. " },
        { "NO_DATA", "NO_DATA: Valid name, no data record of requested type. " },
        { "NETPOLICY", "NETPOLICY: The network policy does not allow this address. " },
    };

    [Theory]
    [MemberData(nameof(Spec))]
    public void Every_spec_string_is_in_the_catalogue_byte_for_byte(string name, string text)
    {
        Assert.True(SocketErrorCatalog.TryGetByName(name, out var code));
        Assert.Equal(text, SocketErrorCatalog.Text(code));
        Assert.Equal(name, SocketErrorCatalog.Name(code));
    }

    [Fact]
    public void The_catalogue_has_exactly_the_spec_codes()
    {
        Assert.Equal(Spec.Count, SocketErrorCatalog.Codes.Count());
        Assert.Equal(Enum.GetValues<SocketErrorCode>().Length, SocketErrorCatalog.Codes.Distinct().Count());
    }

    [Fact]
    public void Every_string_has_the_documented_shape()
    {
        foreach (var code in SocketErrorCatalog.Codes)
        {
            var text = SocketErrorCatalog.Text(code);
            Assert.StartsWith(SocketErrorCatalog.Name(code) + ": ", text, StringComparison.Ordinal);
            Assert.EndsWith(". ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_first_four_are_JMPs_documented_words()
    {
        Assert.Equal("CONNREFUSED: The attempt to connect was forcefully rejected. ", SocketErrorCatalog.Text(SocketErrorCode.ConnRefused));
        Assert.Equal("NOTCONN: The socket is not connected. ", SocketErrorCatalog.Text(SocketErrorCode.NotConn));
    }
}
