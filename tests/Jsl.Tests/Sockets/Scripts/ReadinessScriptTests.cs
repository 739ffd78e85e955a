using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// What a script sees of the loop's readiness path (spec §4): many sockets served in one
/// <c>Wait</c>, closes inside callbacks, a callback's own <c>Wait</c> that runs nothing. The same
/// scripts pass on .NET's path (the suite runs again with <c>JSL_EVENT_LOOP=async</c>).
/// </summary>
public sealed class ReadinessScriptTests
{
    [Fact]
    public void Fifty_connections_that_all_sent_before_one_wait_are_all_served_by_it()
    {
        var run = ScriptRun.Ok("""
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen();
            port = (server << GetSockName)[4];
            got = Associative Array();
            onData = Function( {r}, If( r[2] == "ok", got[Blob To Char( r[3] )] = 1, r[3] << Close() ) );
            clients = {};
            For( i = 1, i <= 50, i++,
                c = Socket(); c << Connect( "127.0.0.1", port );
                Insert Into( clients, c );
                (server << Accept())[4] << Recv( 100, "onData" );
                c << Send( Char To Blob( "client " || Char( i ) ) );
            );
            Wait( 0.5 );
            Print( N Items( got ), got["client 1"], got["client 50"] );
            For( i = 1, i <= 50, i++, clients[i] << Close() );
            server << Close();
            """);
        Assert.Equal(["50", "1", "1"], run.Lines);
    }

    [Fact]
    public void A_callback_that_closes_its_own_socket_and_another_socket_in_the_same_wait_ends_both()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            server2 = Socket(); server2 << Bind( "127.0.0.1", "0" ); server2 << Listen();
            client2 = Socket(); client2 << Connect( "127.0.0.1", (server2 << GetSockName)[4] );
            peer2 = (server2 << Accept())[4];
            calls = {};
            onData = Function( {r},
                Insert Into( calls, r[2] );
                // Whichever runs first closes itself and the other one.
                peer << Close(); peer2 << Close();
            );
            peer << Recv( 100, "onData" );
            peer2 << Recv( 100, "onData" );
            client << Send( "a" );
            client2 << Send( "b" );
            Wait( 0.3 );
            Print( calls, peer << Recv( 10 ), peer2 << Recv( 10 ) );
            """);
        Assert.Equal(["{\"ok\"}", Status.List("recv", Status.NotSock), Status.List("recv", Status.NotSock)], run.Lines);
    }

    [Fact]
    public void A_wait_inside_a_callback_runs_no_other_callback()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            order = {};
            onData = Function( {r},
                Insert Into( order, "start " || Blob To Char( r[3] ) );
                If( Blob To Char( r[3] ) == "first", client << Send( "second" ); Wait( 0.2 ) );
                Insert Into( order, "end " || Blob To Char( r[3] ) );
            );
            peer << Recv( 100, "onData" );
            client << Send( "first" );
            For( i = 1, i <= 100 & N Items( order ) < 4, i++, Wait( 0.05 ) );
            Print( order );
            peer << Close();
            """);
        Assert.Equal(["{\"start first\", \"end first\", \"start second\", \"end second\"}"], run.Lines);
    }
}
