using System.Net.Sockets;
using Jsl.Sockets;
using Xunit;

namespace Jsl.Tests.Sockets;

public class SocketErrorMappingTests
{
    // Values with no WinSock equivalent: these get "NAME: sentence. " instead of a catalogue string.
    private static readonly SocketError[] Unlisted =
    [
        SocketError.Success, SocketError.SocketError, SocketError.Interrupted, SocketError.Fault, SocketError.TypeNotFound,
    ];

    public static TheoryData<SocketError> AllSocketErrors()
    {
        var data = new TheoryData<SocketError>();
        foreach (var value in Enum.GetValues<SocketError>())
        {
            data.Add(value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllSocketErrors))]
    public void Every_SocketError_maps_to_a_well_formed_status_for_every_operation(SocketError error)
    {
        foreach (var operation in Enum.GetValues<SocketOperation>())
        {
            var status = SocketErrorMapping.ToStatus(error, operation);
            Assert.Matches("^[A-Z0-9_]+: .*\\. $", status);
            var code = SocketErrorMapping.ToCode(error, operation);
            if (Unlisted.Contains(error))
            {
                Assert.Null(code);
                Assert.StartsWith(error.ToString().ToUpperInvariant() + ": ", status, StringComparison.Ordinal);
            }
            else
            {
                Assert.NotNull(code);
                Assert.Equal(SocketErrorCatalog.Text(code.Value), status);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllSocketErrors))]
    public void Every_SocketError_has_a_resolver_classification(SocketError error)
    {
        var code = SocketErrorMapping.ToResolverCode(error);
        Assert.Contains(code, new[] { SocketErrorCode.HostNotFound, SocketErrorCode.TryAgain, SocketErrorCode.NoRecovery, SocketErrorCode.NoData });
    }

    [Theory]
    [InlineData(SocketError.ConnectionRefused, "Connect", "ConnRefused")]
    [InlineData(SocketError.WouldBlock, "Recv", "WouldBlock")]
    [InlineData(SocketError.InProgress, "Connect", "WouldBlock")]
    [InlineData(SocketError.AlreadyInProgress, "Connect", "WouldBlock")]
    [InlineData(SocketError.Shutdown, "Send", "ConnReset")]
    [InlineData(SocketError.Shutdown, "SendTo", "ConnReset")]
    [InlineData(SocketError.Shutdown, "Recv", "Shutdown")]
    [InlineData(SocketError.ConnectionReset, "Recv", "ConnReset")]
    [InlineData(SocketError.AddressAlreadyInUse, "Listen", "AddrInUse")]
    [InlineData(SocketError.AddressNotAvailable, "Bind", "AddrNotAvail")]
    [InlineData(SocketError.NetworkUnreachable, "Connect", "NetUnreach")]
    [InlineData(SocketError.HostUnreachable, "Connect", "HostUnreach")]
    [InlineData(SocketError.HostDown, "Connect", "HostUnreach")]
    [InlineData(SocketError.NetworkDown, "Send", "NetDown")]
    [InlineData(SocketError.TimedOut, "Connect", "TimedOut")]
    [InlineData(SocketError.MessageSize, "SendTo", "MsgSize")]
    [InlineData(SocketError.NotConnected, "Send", "NotConn")]
    [InlineData(SocketError.IsConnected, "Connect", "IsConn")]
    [InlineData(SocketError.InvalidArgument, "Listen", "Inval")]
    [InlineData(SocketError.OperationNotSupported, "Listen", "OpNotSupp")]
    [InlineData(SocketError.AddressFamilyNotSupported, "Connect", "AfNoSupport")]
    [InlineData(SocketError.AccessDenied, "SendTo", "Acces")]
    [InlineData(SocketError.TooManyOpenSockets, "Accept", "MFile")]
    [InlineData(SocketError.NoBufferSpaceAvailable, "Send", "NoBufs")]
    [InlineData(SocketError.DestinationAddressRequired, "SendTo", "DestAddrReq")]
    [InlineData(SocketError.ConnectionAborted, "Accept", "ConnAborted")]
    [InlineData(SocketError.NotSocket, "Close", "NotSock")]
    [InlineData(SocketError.OperationAborted, "Recv", "NotSock")]
    [InlineData(SocketError.Disconnecting, "Recv", "Closed")]
    [InlineData(SocketError.HostNotFound, "Resolve", "HostNotFound")]
    [InlineData(SocketError.TryAgain, "Resolve", "TryAgain")]
    [InlineData(SocketError.NoRecovery, "Resolve", "NoRecovery")]
    [InlineData(SocketError.NoData, "Resolve", "NoData")]
    public void Chosen_mappings(SocketError error, string operation, string expected)
    {
        // Names, not enum values: the enums are internal and test methods are public.
        Assert.Equal(Enum.Parse<SocketErrorCode>(expected), SocketErrorMapping.ToCode(error, Enum.Parse<SocketOperation>(operation)));
    }

    [Fact]
    public void An_unlisted_value_names_itself_in_upper_case()
    {
        Assert.Equal(
            "INTERRUPTED: The system reported a socket error that has no WinSock equivalent (10004). ",
            SocketErrorMapping.ToStatus(SocketError.Interrupted, SocketOperation.Recv));
    }

    [Fact]
    public void A_value_from_a_future_dotnet_still_gives_a_status()
    {
        var status = SocketErrorMapping.ToStatus((SocketError)12345, SocketOperation.Recv);
        Assert.Equal("SOCKETERROR12345: The system reported a socket error that has no WinSock equivalent (12345). ", status);
    }

    [Fact]
    public void A_SocketException_maps_by_its_code()
    {
        Assert.Equal(
            SocketErrorCatalog.Text(SocketErrorCode.ConnRefused),
            SocketErrorMapping.ToStatus(new SocketException((int)SocketError.ConnectionRefused), SocketOperation.Connect));
    }

    [Fact]
    public void Resolver_exceptions_are_classified()
    {
        Assert.Equal(SocketErrorCode.HostNotFound, SocketErrorMapping.ToResolverCode(new SocketException((int)SocketError.HostNotFound)));
        Assert.Equal(SocketErrorCode.TryAgain, SocketErrorMapping.ToResolverCode(new TimeoutException()));
        Assert.Equal(SocketErrorCode.HostNotFound, SocketErrorMapping.ToResolverCode(new ArgumentException("too long")));
        Assert.Equal(SocketErrorCode.NoRecovery, SocketErrorMapping.ToResolverCode(new InvalidOperationException()));
    }

    [Fact]
    public void Sending_to_a_peer_that_closed_reports_CONNRESET_on_this_system()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        listener.Listen();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        using (var accepted = listener.Accept())
        {
            accepted.Close();
        }

        var statuses = new List<string>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (statuses.Count == 0 && DateTime.UtcNow < deadline)
        {
            client.Send(new byte[100], SocketFlags.None, out var error);
            if (error != SocketError.Success)
            {
                statuses.Add(SocketErrorMapping.ToStatus(error, SocketOperation.Send));
            }

            Thread.Sleep(10);
        }

        Assert.Equal([SocketErrorCatalog.Text(SocketErrorCode.ConnReset)], statuses);
    }
}
