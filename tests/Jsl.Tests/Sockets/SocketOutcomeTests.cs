using System.Net.Sockets;
using Jsl.Sockets;
using Xunit;

namespace Jsl.Tests.Sockets;

/// <summary>Results carry how a call ended as data; <see cref="SocketResult.Text"/> alone makes JMP's words of it.</summary>
public sealed class SocketOutcomeTests
{
    [Fact]
    public void Success_is_ok_and_a_catalogue_code_is_its_text()
    {
        Assert.Equal("ok", SocketResult.Text(SocketOutcome.Ok));
        Assert.True(SocketOutcome.Ok.IsOk);
        Assert.Equal("CONNRESET: The virtual circuit was reset by the remote side. ",
            SocketResult.Text(SocketOutcome.Of(SocketError.ConnectionReset, SocketOperation.Recv)));
        Assert.False(SocketOutcome.Of(SocketErrorCode.Closed).IsOk);
    }

    [Fact]
    public void A_system_error_without_a_code_reads_as_the_mapping_always_said()
    {
        var outcome = SocketOutcome.Of(SocketError.Fault, SocketOperation.Recv);
        Assert.Null(outcome.Code);
        Assert.Equal(SocketErrorMapping.ToStatus(SocketError.Fault, SocketOperation.Recv), SocketResult.Text(outcome));
        Assert.StartsWith("FAULT: ", SocketResult.Text(outcome));
    }

    [Fact]
    public void Exceptions_become_outcomes_never_text_of_dotnet()
    {
        Assert.Equal(SocketErrorCatalog.Text(SocketErrorCode.NotSock), SocketResult.Text(SocketOutcome.Of(new ObjectDisposedException("x"), SocketOperation.Recv)));
        Assert.Equal(SocketErrorCatalog.Text(SocketErrorCode.Inval), SocketResult.Text(SocketOutcome.Of(new InvalidOperationException("x"), SocketOperation.Accept)));
        Assert.Equal("SOCKETERROR: The system reported an unexpected failure (FormatException). ",
            SocketResult.Text(SocketOutcome.Of(new FormatException("x"), SocketOperation.Recv)));
    }
}
