using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Values;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>Every message in blocking mode (the default), with its exact result list (spec §3).</summary>
public sealed class BlockingMessageTests
{
    [Fact]
    public void A_socket_prints_its_type_and_closed_state()
    {
        var run = ScriptRun.Ok("""
            Print( Socket(), Socket( STREAM ), Socket( DGRAM ), Socket( "DGRAM", "IPV6" ), Socket( STREAM, IPV4 ) );
            s = Socket(); s << Close(); Print( s );
            """);
        Assert.Equal(["Socket[STREAM]", "Socket[STREAM]", "Socket[DGRAM]", "Socket[DGRAM]", "Socket[STREAM]", "Socket[closed]"], run.Lines);
    }

    [Fact]
    public void Before_the_operating_system_socket_exists_messages_give_the_documented_statuses()
    {
        var run = ScriptRun.Ok("""
            s = Socket();
            Print( s << Ioctl( FIONBIO, 1 ), s << Ioctl( FIONREAD ), s << Listen(), s << Accept(), s << GetSockName(),
                s << Send( "x" ), s << Recv( 10 ), s << GetPeerName() );
            d = Socket( DGRAM );
            Print( d << RecvFrom( 10 ), d << Close() );
            """);
        Assert.Equal(
        [
            Status.List("ioctl", Status.NotConn), Status.List("ioctl", Status.NotConn), Status.List("listen", Status.Inval),
            Status.List("accept", Status.Inval), Status.List("getsockname", Status.Inval), Status.List("send", Status.NotConn),
            Status.List("recv", Status.NotConn), Status.List("getpeername", Status.NotConn),
            Status.List("recvfrom", Status.Inval), Status.List("close", "ok"),
        ], run.Lines);
    }

    [Fact]
    public void Ioctl_before_connect_changes_nothing_so_a_blocking_connect_still_succeeds()
    {
        // The Scripting Index constructor example: Ioctl first, then a blocking connect is "ok".
        var run = ScriptRun.Ok("""
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen(); port = (server << GetSockName)[4];
            s = Socket( STREAM );
            Print( s << Ioctl( FIONBIO, 1 ) );
            Print( s << Connect( "localhost", port ) );
            """);
        Assert.Equal([Status.List("ioctl", Status.NotConn), Status.List("connect", "ok")], run.Lines);
    }

    [Fact]
    public void Connect_accept_send_recv_and_names_return_their_lists()
    {
        var run = ScriptRun.Ok("""
            server = Socket();
            Print( server << Bind( "localhost", "0" ) );
            Print( server << Listen() );
            name = server << GetSockName;
            Print( name[1], name[2], name[3] );
            client = Socket( STREAM, IPV4 );
            Print( client << Connect( "localhost", name[4] ) );
            accepted = server << Accept();
            Print( accepted[1], accepted[2], accepted[3], accepted[4] );
            peer = accepted[4];
            Print( client << Send( "hello~0d~0a" ) );
            Print( peer << Recv( 3 ) );
            Print( peer << Recv( 1000 ) );
            local = client << GetSockName();
            remote = peer << Get Peer Name();
            Print( local[3] == remote[3] & local[4] == remote[4], remote[1], remote[2], remote[3] );
            Print( (client << GetPeerName)[4] == name[4] );
            fast = Socket(); fast << Connect( "127.0.0.1", name[4] );
            Print( server << Accept Fast() );
            """);
        Assert.Equal(
        [
            Status.List("bind", "ok"), Status.List("listen", "ok"), "\"getsockname\"", "\"ok\"", "\"127.0.0.1\"",
            Status.List("connect", "ok"),
            "\"accept\"", "\"ok\"", "\"localhost\"", "Socket[STREAM]",
            "{\"send\", \"ok\", Char To Blob( \"\", \"ascii~hex\" )}",
            "{\"recv\", \"ok\", Char To Blob( \"hel\", \"ascii~hex\" )}",
            "{\"recv\", \"ok\", Char To Blob( \"lo~0D~0A\", \"ascii~hex\" )}",
            "1", "\"getpeername\"", "\"ok\"", "\"127.0.0.1\"",
            "1",
            "{\"acceptfast\", \"ok\", \"\", Socket[STREAM]}",
        ], run.Lines);
    }

    [Fact]
    public void Message_names_ignore_case_and_spaces()
    {
        var run = ScriptRun.Ok("""
            s = Socket(); s << bind( "127.0.0.1", "0" );
            Print( (s << Get Sock Name)[1], (s << getsockname())[1], (s << GETSOCKNAME)[2] );
            """);
        Assert.Equal(["\"getsockname\"", "\"getsockname\"", "\"ok\""], run.Lines);
    }

    [Fact]
    public void Recv_gives_closed_after_the_peers_orderly_close()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            client << Send( "last" );
            client << Close();
            Print( peer << Recv( 100 ) );
            Print( peer << Recv( 100 ) );
            """);
        Assert.Equal(["{\"recv\", \"ok\", Char To Blob( \"last\", \"ascii~hex\" )}", Status.List("recv", Status.Closed)], run.Lines);
    }

    [Fact]
    public void Close_twice_and_every_message_after_close_give_notsock()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            Print( client << Close() );
            Print( client << Close(), client << Connect( "127.0.0.1", port ), client << Send( "x" ), client << Recv( 1 ),
                client << Ioctl( FIONREAD ), client << Ioctl( FIONBIO, 0 ), client << Bind( "127.0.0.1", "0" ), client << Listen(),
                client << Accept(), client << Accept Fast(), client << GetPeerName(), client << GetSockName() );
            d = Socket( DGRAM ); d << Close();
            Print( d << SendTo( "127.0.0.1", port, "x" ), d << RecvFrom( 5 ) );
            """);
        Assert.Equal(
        [
            Status.List("close", "ok"),
            Status.List("close", Status.NotSock), Status.List("connect", Status.NotSock), Status.List("send", Status.NotSock),
            Status.List("recv", Status.NotSock), Status.List("ioctl", Status.NotSock), Status.List("ioctl", Status.NotSock),
            Status.List("bind", Status.NotSock), Status.List("listen", Status.NotSock), Status.List("accept", Status.NotSock),
            Status.List("acceptfast", Status.NotSock), Status.List("getpeername", Status.NotSock), Status.List("getsockname", Status.NotSock),
            Status.List("sendto", Status.NotSock), Status.List("recvfrom", Status.NotSock),
        ], run.Lines);
    }

    [Fact]
    public void Closing_a_listener_leaves_accepted_sockets_open()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            Print( server << Close() );
            client << Send( "still here" );
            Print( peer << Recv( 100 ) );
            """);
        Assert.Equal([Status.List("close", "ok"), "{\"recv\", \"ok\", Char To Blob( \"still here\", \"ascii~hex\" )}"], run.Lines);
    }

    [Fact]
    public void Wrong_socket_type_gives_opnotsupp()
    {
        var run = ScriptRun.Ok(Jsl.Pair + Jsl.Udp + """
            Print( client << SendTo( "127.0.0.1", port, "x" ), client << RecvFrom( 10 ) );
            Print( rx << Listen(), rx << Accept(), rx << Accept Fast() );
            """);
        Assert.Equal(
        [
            Status.List("sendto", Status.OpNotSupp), Status.List("recvfrom", Status.OpNotSupp),
            Status.List("listen", Status.OpNotSupp), Status.List("accept", Status.OpNotSupp), Status.List("acceptfast", Status.OpNotSupp),
        ], run.Lines);
    }

    [Fact]
    public void Listen_before_bind_and_accept_before_listen_give_inval()
    {
        var run = ScriptRun.Ok("""
            s = Socket();
            Print( s << Listen() );
            s << Bind( "127.0.0.1", "0" );
            Print( s << Accept(), s << Accept Fast() );
            Print( s << Bind( "127.0.0.1", "0" ) );
            """);
        Assert.Equal([Status.List("listen", Status.Inval), Status.List("accept", Status.Inval), Status.List("acceptfast", Status.Inval), Status.List("bind", Status.Inval)], run.Lines);
    }

    [Fact]
    public void Connect_to_a_port_nobody_listens_on_is_refused()
    {
        // A port bound but not listening refuses connections, with no race against other tests.
        var run = ScriptRun.Ok("""
            quiet = Socket(); quiet << Bind( "127.0.0.1", "0" ); p = (quiet << GetSockName)[4];
            s = Socket();
            Print( s << Connect( "127.0.0.1", p ) );
            Print( s << Send( "x" ) );
            """);
        Assert.Equal([Status.List("connect", Status.ConnRefused), Status.List("send", Status.NotConn)], run.Lines);
    }

    [Fact]
    public void A_connected_socket_reports_isconn_on_a_second_connect()
    {
        var run = ScriptRun.Ok(Jsl.Pair + "Print( client << Connect( \"127.0.0.1\", port ) );");
        Assert.Equal([Status.List("connect", Status.IsConn)], run.Lines);
    }

    [Fact]
    public void Binding_a_listening_port_gives_addrinuse_at_once_and_a_bound_one_at_listen()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            other = Socket();
            Print( other << Bind( "127.0.0.1", port ) );
            a = Socket(); a << Bind( "127.0.0.1", "0" ); ap = (a << GetSockName)[4];
            b = Socket();
            Print( b << Bind( "127.0.0.1", ap ) );
            Print( a << Listen() );
            Print( b << Listen() );
            """);
        Assert.Equal([Status.List("bind", Status.AddrInUse), Status.List("bind", "ok"), Status.List("listen", "ok"), Status.List("listen", Status.AddrInUse)], run.Lines);
    }

    [Fact]
    public void Binding_an_address_of_another_machine_gives_addrnotavail()
    {
        // 192.0.2.1 is TEST-NET-1: never an address of this machine.
        var run = ScriptRun.Ok("Print( Socket() << Bind( \"192.0.2.1\", \"0\" ) );");
        Assert.Equal([Status.List("bind", Status.AddrNotAvail)], run.Lines);
    }

    [Fact]
    public void Bind_to_all_interfaces_with_empty_host_and_any_address()
    {
        var run = ScriptRun.Ok("""
            a = Socket(); Print( a << Bind( "", "0" ), (a << GetSockName)[3] );
            b = Socket(); Print( b << Bind( "0.0.0.0", "0" ), (b << GetSockName)[3] );
            """);
        Assert.Equal([Status.List("bind", "ok"), "\"0.0.0.0\"", Status.List("bind", "ok"), "\"0.0.0.0\""], run.Lines);
    }

    [Fact]
    public void A_service_name_is_a_port()
    {
        var run = ScriptRun.Ok("""
            s = Socket();
            r = Get Addr Info( "127.0.0.1", "http" );
            Print( r[3][5] );
            """, new FakeNameResolver());
        Assert.Equal(["\"80\""], run.Lines);
    }

    [Fact]
    public void Unresolvable_hosts_give_host_not_found()
    {
        var resolver = new FakeNameResolver();
        var run = ScriptRun.Ok("""
            Print( Socket() << Connect( "nowhere.invalid", "80" ) );
            Print( Socket() << Bind( "nowhere.invalid", "80" ) );
            Print( Socket( DGRAM ) << SendTo( "nowhere.invalid", "80", "x" ) );
            Print( Get Addr Info( "nowhere.invalid" ) );
            """, resolver);
        Assert.Equal(
        [
            Status.List("connect", Status.HostNotFound), Status.List("bind", Status.HostNotFound),
            Status.List("sendto", Status.HostNotFound), Status.List("Get Addr Info", Status.HostNotFound),
        ], run.Lines);
    }

    [Fact]
    public void Connect_tries_the_next_address_when_the_first_fails()
    {
        var resolver = new FakeNameResolver();
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        using var refusing = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        refusing.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.2"), ((IPEndPoint)listener.LocalEndPoint!).Port));
        // 127.0.0.2 on that port refuses (bound, not listening); 127.0.0.1 accepts.
        resolver.AddHost("twohomes.test", "127.0.0.2", "127.0.0.1");
        var run = ScriptRun.Ok($"""
            s = Socket();
            Print( s << Connect( "twohomes.test", "{((IPEndPoint)listener.LocalEndPoint!).Port}" ) );
            Print( (s << GetPeerName)[3] );
            """, resolver);
        Assert.Equal([Status.List("connect", "ok"), "\"127.0.0.1\""], run.Lines);
    }

    [Fact]
    public void Udp_sendto_and_recvfrom_give_the_sender_then_msgsize_truncates()
    {
        var run = ScriptRun.Ok(Jsl.Udp + """
            Print( tx << SendTo( "127.0.0.1", rxPort, "abcdefghij" ) );
            r = rx << RecvFrom( 100 );
            Print( r[1], r[2], r[3], r[4], r[5] == (tx << GetSockName)[4] );
            tx << SendTo( "127.0.0.1", rxPort, "abcdefghij" );
            Print( rx << RecvFrom( 4 ) );
            """);
        Assert.Equal("{\"sendto\", \"ok\", Char To Blob( \"\", \"ascii~hex\" )}", run.Lines[0]);
        Assert.Equal(["\"recvfrom\"", "\"ok\"", "Char To Blob( \"abcdefghij\", \"ascii~hex\" )", "\"127.0.0.1\"", "1"], run.Lines[1..6]);
        Assert.StartsWith("{\"recvfrom\", " + Status.Quote(Status.MsgSize) + ", Char To Blob( \"abcd\", \"ascii~hex\" ), \"127.0.0.1\", \"", run.Lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void Recv_on_a_datagram_socket_reads_one_datagram()
    {
        var run = ScriptRun.Ok(Jsl.Udp + """
            tx << SendTo( "127.0.0.1", rxPort, "one" );
            Print( rx << Recv( 100 ) );
            """);
        Assert.Equal(["{\"recv\", \"ok\", Char To Blob( \"one\", \"ascii~hex\" )}"], run.Lines);
    }

    [Fact]
    public void Ioctl_fionread_counts_the_bytes_waiting()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            Print( peer << Ioctl( FIONREAD ) );
            client << Send( "12345" );
            Wait( 0.2 );
            Print( peer << Ioctl( "FIONREAD" ) );
            """);
        Assert.Equal(["{\"ioctl\", \"ok\", 0}", "{\"ioctl\", \"ok\", 5}"], run.Lines);
    }

    [Fact]
    public void Send_takes_a_blob_too_and_a_tilde_without_hex_is_sent_as_it_is()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            client << Send( "a~zz~4" );
            data = (peer << Recv( 100 ))[3];
            Print( data );
            Print( client << Send( data ) );
            Print( peer << Recv( 100 ) );
            """);
        Assert.Equal(
        [
            "Char To Blob( \"a~7Ezz~7E4\", \"ascii~hex\" )",
            "{\"send\", \"ok\", Char To Blob( \"\", \"ascii~hex\" )}",
            "{\"recv\", \"ok\", Char To Blob( \"a~7Ezz~7E4\", \"ascii~hex\" )}",
        ], run.Lines);
    }

    [Fact]
    public void Non_ascii_characters_are_sent_as_utf8()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            client << Send( "é" );
            Print( peer << Recv( 100 ) );
            """);
        Assert.Equal(["{\"recv\", \"ok\", Char To Blob( \"~C3~A9\", \"ascii~hex\" )}"], run.Lines);
    }

    [Fact]
    public void Get_addr_info_and_get_name_info_return_their_lists()
    {
        var run = ScriptRun.Ok("""
            Print( Get Addr Info( "127.0.0.1", "80" ) );
            Print( Get Addr Info( "127.0.0.1" ) );
            Print( Get Name Info( "127.0.0.1" ) );
            Print( Get Name Info( "10.1.2.3", 8080 ) );
            """, new FakeNameResolver().AddReverse("127.0.0.1", "localhost"));
        Assert.Equal(
        [
            "{\"Get Addr Info\", \"ok\", {\"PF_INET\", \"SOCK_0\", \"IPPROTO_0\", \"127.0.0.1\", \"80\"}}",
            "{\"Get Addr Info\", \"ok\", {\"PF_INET\", \"SOCK_0\", \"IPPROTO_0\", \"127.0.0.1\", \"0\"}}",
            "{\"Get Name Info\", \"ok\", {\"PF_INET\", \"SOCK_0\", \"IPPROTO_0\", \"localhost\", \"0\"}}",
            "{\"Get Name Info\", \"ok\", {\"PF_INET\", \"SOCK_0\", \"IPPROTO_0\", \"10.1.2.3\", \"8080\"}}",
        ], run.Lines);
    }

    [Fact]
    public void Get_addr_info_with_the_system_resolver_finds_localhost()
    {
        var run = ScriptRun.Ok("r = Get Addr Info( \"localhost\", \"80\" ); Print( r[1], r[2] ); r;");
        Assert.Equal(["\"Get Addr Info\"", "\"ok\""], run.Lines);
        var items = ((ListValue)run.Value).Items.Skip(2).Cast<ListValue>().Select(l => ((StringValue)l.Items[3]).Value).ToList();
        Assert.Contains("127.0.0.1", items);
    }

    [Fact]
    public void Accept_gives_the_peer_name_by_reverse_lookup_falling_back_to_the_address()
    {
        var resolver = new FakeNameResolver().AddHost("localhost", "127.0.0.1").AddReverse("127.0.0.1", "loopback.test");
        var run = ScriptRun.Ok(Jsl.Pair.Replace("peer = (server << Accept())[4];", "Print( (server << Accept())[3] );", StringComparison.Ordinal), resolver);
        Assert.Equal(["\"loopback.test\""], run.Lines);

        var unknown = new FakeNameResolver();
        run = ScriptRun.Ok(Jsl.Pair.Replace("peer = (server << Accept())[4];", "Print( (server << Accept())[3] );", StringComparison.Ordinal), unknown);
        Assert.Equal(["\"127.0.0.1\""], run.Lines);
    }

    [SkippableFact]
    public void Ipv6_loopback_works_when_the_machine_has_it()
    {
        Skip.IfNot(global::Jsl.Tests.Sockets.Background.Loopback.HasIpv6(), "this machine has no IPv6 loopback");
        var run = ScriptRun.Ok("""
            server = Socket( STREAM, IPV6 );
            Print( server << Bind( "::1", "0" ) );
            server << Listen();
            name = server << GetSockName;
            Print( name[3] );
            c = Socket( STREAM, IPV6 );
            Print( c << Connect( "::1", name[4] ) );
            Print( (server << Accept Fast())[2], (c << GetPeerName)[3] );
            any = Socket( STREAM, IPV6 ); any << Bind( "::", "0" ); Print( (any << GetSockName)[3] );
            """);
        Assert.Equal([Status.List("bind", "ok"), "\"::1\"", Status.List("connect", "ok"), "\"ok\"", "\"::1\"", "\"::\""], run.Lines);
    }
}
