using Jsl.Runtime.Values;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>Every message on a socket made non-blocking with <c>Ioctl(FIONBIO, 1)</c> (spec §4).</summary>
public sealed class NonBlockingMessageTests
{
    [Fact]
    public void Accept_recv_and_recvfrom_say_wouldblock_when_nothing_is_ready()
    {
        var run = ScriptRun.Ok(Jsl.Pair + Jsl.Udp + """
            Print( server << Ioctl( FIONBIO, 1 ), peer << Ioctl( FIONBIO, 1 ), rx << Ioctl( FIONBIO, 1 ) );
            Print( server << Accept(), server << Accept Fast(), peer << Recv( 10 ), rx << RecvFrom( 10 ) );
            """);
        Assert.All(run.Lines[..3], line => Assert.Equal(Status.List("ioctl", "ok"), line));
        Assert.Equal(
        [
            Status.List("accept", Status.WouldBlock), Status.List("acceptfast", Status.WouldBlock),
            Status.List("recv", Status.WouldBlock), Status.List("recvfrom", Status.WouldBlock),
        ], run.Lines[3..]);
    }

    [Fact]
    public void A_non_blocking_connect_says_wouldblock_until_established()
    {
        var run = ScriptRun.Ok("""
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen(); port = (server << GetSockName)[4];
            c = Socket();
            c << Bind( "127.0.0.1", "0" );
            c << Ioctl( FIONBIO, 1 );
            Print( c << Connect( "127.0.0.1", port ) );
            Print( c << Send( "early" ) );
            r = c << Connect( "127.0.0.1", port );
            For( i = 1, i <= 100 & r[2] != "ok", i++, Wait( 0.05 ); r = c << Connect( "127.0.0.1", port ) );
            Print( r );
            Print( c << Connect( "127.0.0.1", port ) );
            """);
        Assert.Equal(
        [
            Status.List("connect", Status.WouldBlock), Status.List("send", Status.NotConn),
            Status.List("connect", "ok"), Status.List("connect", Status.IsConn),
        ], run.Lines);
    }

    [Fact]
    public void A_non_blocking_connect_that_fails_reports_the_failure_on_a_later_call()
    {
        var run = ScriptRun.Ok("""
            quiet = Socket(); quiet << Bind( "127.0.0.1", "0" ); p = (quiet << GetSockName)[4];
            c = Socket(); c << Bind( "127.0.0.1", "0" ); c << Ioctl( FIONBIO, 1 );
            Print( c << Connect( "127.0.0.1", p ) );
            Wait( 0.3 );
            Print( c << Connect( "127.0.0.1", p ) );
            Print( c << Connect( "127.0.0.1", p ) );
            """);
        Assert.Equal(Status.List("connect", Status.WouldBlock), run.Lines[0]);
        Assert.Equal(Status.List("connect", Status.ConnRefused), run.Lines[1]);
        // After the failure the socket may try again: a new connect starts (WOULDBLOCK) or fails at once.
        Assert.Contains(run.Lines[2], new[] { Status.List("connect", Status.ConnRefused), Status.List("connect", Status.WouldBlock) });
    }

    [Fact]
    public void Accepted_sockets_inherit_the_listeners_non_blocking_mode()
    {
        var run = ScriptRun.Ok("""
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Ioctl( FIONBIO, 1 ); server << Listen();
            port = (server << GetSockName)[4];
            c = Socket(); c << Connect( "127.0.0.1", port );
            r = server << Accept();
            For( i = 1, i <= 100 & r[2] != "ok", i++, Wait( 0.05 ); r = server << Accept() );
            Print( r[2] );
            Print( r[4] << Recv( 10 ) );
            Print( r[4] << Ioctl( FIONBIO, 0 ) );
            c << Send( "now" );
            Print( r[4] << Recv( 10 ) );
            """);
        Assert.Equal(["\"ok\"", Status.List("recv", Status.WouldBlock), Status.List("ioctl", "ok"), "{\"recv\", \"ok\", Char To Blob( \"now\", \"ascii~hex\" )}"], run.Lines);
    }

    [Fact]
    public void A_non_blocking_send_returns_what_did_not_fit_and_wouldblock_when_nothing_fits()
    {
        // The peer never reads: the kernel buffers fill, then a send fits partly, then not at all.
        var run = ScriptRun.Ok(Jsl.Pair + """
            client << Ioctl( FIONBIO, 1 );
            big = "0123456789abcdef";
            For( i = 1, i <= 16, i++, big = big || big );
            results = {};
            r = client << Send( big );
            first = r;
            For( i = 1, i <= 200 & r[2] == "ok", i++, r = client << Send( big ) );
            Eval List( {first[1], first[2], first[3], r} );
            """);
        var value = (ListValue)run.Value;
        var first = (BlobValue)value.Items[2];
        Assert.True(first.Bytes.Length < 16 << 16, "the first send of 1 MiB into an unread connection should not fit whole");
        var last = (ListValue)value.Items[3];
        Assert.Equal(Status.List("send", Status.WouldBlock), Engine.Format(last));
    }

    [Fact]
    public void Fionbio_zero_makes_a_socket_blocking_again()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            peer << Ioctl( FIONBIO, 1 );
            Print( peer << Recv( 10 ) );
            peer << Ioctl( FIONBIO, 0 );
            client << Send( "x" );
            Print( peer << Recv( 10 ) );
            """);
        Assert.Equal([Status.List("recv", Status.WouldBlock), "{\"recv\", \"ok\", Char To Blob( \"x\", \"ascii~hex\" )}"], run.Lines);
    }

    [Fact]
    public void Recv_returns_what_is_available_up_to_n()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            peer << Ioctl( FIONBIO, 1 );
            client << Send( "abcdef" );
            Wait( 0.2 );
            Print( peer << Recv( 4 ) );
            Print( peer << Recv( 4 ) );
            Print( peer << Recv( 4 ) );
            client << Close();
            Wait( 0.2 );
            Print( peer << Recv( 4 ) );
            """);
        Assert.Equal(
        [
            "{\"recv\", \"ok\", Char To Blob( \"abcd\", \"ascii~hex\" )}",
            "{\"recv\", \"ok\", Char To Blob( \"ef\", \"ascii~hex\" )}",
            Status.List("recv", Status.WouldBlock),
            Status.List("recv", Status.Closed),
        ], run.Lines);
    }

    [Fact]
    public void Mode_independent_messages_answer_the_same_on_a_non_blocking_socket()
    {
        var run = ScriptRun.Ok(Jsl.Pair + Jsl.Udp + """
            client << Ioctl( FIONBIO, 1 ); rx << Ioctl( FIONBIO, 1 );
            tx << Bind( "127.0.0.1", "0" ); tx << Ioctl( FIONBIO, 1 );
            Print( tx << SendTo( "127.0.0.1", rxPort, "d" ) );
            Print( (client << GetPeerName)[2], (client << GetSockName)[2], (client << Ioctl( FIONREAD ))[2] );
            Wait( 0.2 );
            Print( (rx << RecvFrom( 10 ))[3] );
            Print( client << Close() );
            """);
        Assert.Equal(
        [
            "{\"sendto\", \"ok\", Char To Blob( \"\", \"ascii~hex\" )}", "\"ok\"", "\"ok\"", "\"ok\"",
            "Char To Blob( \"d\", \"ascii~hex\" )", Status.List("close", "ok"),
        ], run.Lines);
    }
}
