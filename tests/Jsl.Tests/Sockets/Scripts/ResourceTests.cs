using Jsl.Runtime.Values;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>Memory: a huge <c>n</c> is never allocated up front (spec §8).</summary>
// Measures process-wide allocation: runs alone, not beside other tests.
[Collection(ProcessTestCollection.Name)]
public sealed class ResourceTests
{
    private const long Budget = 64L * 1024 * 1024;

    [Fact]
    public void Recv_of_two_billion_bytes_allocates_only_what_arrives()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var run = ScriptRun.Ok(Jsl.Pair + """
            client << Send( "small" );
            r = peer << Recv( 2000000000 );
            client << Send( "more" );
            peer << Ioctl( FIONBIO, 1 );
            Wait( 0.2 );
            Eval List( {r, peer << Recv( 2000000000 )} );
            """);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < Budget, $"{allocated} bytes allocated");
        var results = (ListValue)run.Value;
        Assert.Equal("{\"recv\", \"ok\", Char To Blob( \"small\", \"ascii~hex\" )}", Engine.Format(results.Items[0]));
        Assert.Equal("{\"recv\", \"ok\", Char To Blob( \"more\", \"ascii~hex\" )}", Engine.Format(results.Items[1]));
    }

    [Fact]
    public void Background_recv_and_recvfrom_of_two_billion_bytes_allocate_only_what_arrives()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var run = ScriptRun.Ok(Jsl.Pair + Jsl.Udp + """
            peer << Recv( 2000000000, Function( {r}, Print( r[3] ); peer << Close() ) );
            rx << RecvFrom( 2000000000, Function( {r}, Print( r[3] ); rx << Close() ) );
            client << Send( "tcp" );
            tx << SendTo( "127.0.0.1", rxPort, "udp" );
            """);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < Budget, $"{allocated} bytes allocated");
        Assert.Equal(2, run.Lines.Length);
        Assert.Contains("Char To Blob( \"tcp\", \"ascii~hex\" )", run.Lines);
        Assert.Contains("Char To Blob( \"udp\", \"ascii~hex\" )", run.Lines);
    }
}
