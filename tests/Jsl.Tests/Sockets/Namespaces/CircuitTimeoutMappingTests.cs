using System.Net.Sockets;
using Jsl.Sockets;
using Xunit;

namespace Jsl.Tests.Sockets.Namespaces;

/// <summary>
/// What <see cref="UnreachableNetworkTests"/> observed Linux give, mapped: ETIMEDOUT is a connect
/// that got no answer, but on an established connection it is a circuit the kernel dropped.
/// </summary>
public class CircuitTimeoutMappingTests
{
    [Theory]
    [InlineData("Connect", "TimedOut")]
    [InlineData("Recv", "ConnAborted")]
    [InlineData("Send", "ConnAborted")]
    public void TimedOut_depends_on_the_operation(string operation, string expected)
    {
        Assert.Equal(Enum.Parse<SocketErrorCode>(expected), SocketErrorMapping.ToCode(SocketError.TimedOut, Enum.Parse<SocketOperation>(operation)));
    }
}
