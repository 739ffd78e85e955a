using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>Recv, RecvFrom, Accept and Accept Fast with a callback (spec §4).</summary>
public sealed class BackgroundMessageTests
{
    [Fact]
    public void Background_recv_acknowledges_then_calls_back_with_the_socket_appended_until_closed()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, n++; Print( r[1], r[2], r[3], If( r[2] == "ok", r[4] == peer, r[3] == peer ) ) );
            Print( peer << Recv( 100, "onData" ) );
            client << Send( "one" );
            For( i = 1, i <= 200 & n < 1, i++, Wait( 0.05 ) );
            client << Send( "two" );
            For( i = 1, i <= 200 & n < 2, i++, Wait( 0.05 ) );
            client << Close();
            """);
        Assert.Equal(
        [
            Status.List("recv", "ok"),
            "\"recv\"", "\"ok\"", "Char To Blob( \"one\", \"ascii~hex\" )", "1",
            "\"recv\"", "\"ok\"", "Char To Blob( \"two\", \"ascii~hex\" )", "1",
            "\"recv\"", Status.Quote(Status.Closed), "Socket[STREAM]", "1",
        ], run.Lines);
    }

    [Fact]
    public void The_socket_becomes_non_blocking_and_the_plain_form_says_inprogress_while_armed()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            done = 0;
            peer << Recv( 100, "onData", 2 );
            onData = Function( {r}, done = 1; Print( r[2] ) );
            Print( peer << Recv( 100 ) );
            For( i = 1, i <= 200 & !done, i++, Wait( 0.05 ) );
            Print( peer << Recv( 100 ) );
            """);
        Assert.Equal([Status.List("recv", Status.InProgress), Status.Quote(Status.TimedOut), Status.List("recv", Status.WouldBlock)], run.Lines);
    }

    [Fact]
    public void The_timeout_ends_the_operation_with_timedout_and_the_socket()
    {
        var run = ScriptRun.Ok(Jsl.Pair + Jsl.Udp + """
            onData = Function( {r}, Print( r ) );
            peer << Recv( 100, "onData", 0.2 );
            rx << RecvFrom( 100, "onData", 0.2 );
            server << Accept( "onData", 0.2 );
            server2 = Socket(); server2 << Bind( "127.0.0.1", "0" ); server2 << Listen();
            server2 << Accept Fast( "onData", 0.2 );
            """);
        Assert.Equal(4, run.Lines.Length);
        Assert.Contains("{\"recv\", " + Status.Quote(Status.TimedOut) + ", Socket[STREAM]}", run.Lines);
        Assert.Contains("{\"recvfrom\", " + Status.Quote(Status.TimedOut) + ", Socket[DGRAM]}", run.Lines);
        Assert.Contains("{\"accept\", " + Status.Quote(Status.TimedOut) + ", Socket[STREAM]}", run.Lines);
        Assert.Contains("{\"acceptfast\", " + Status.Quote(Status.TimedOut) + ", Socket[STREAM]}", run.Lines);
    }

    [Fact]
    public void The_timeout_restarts_at_each_completion()
    {
        // Four sends 1 s apart span 4 s, beyond the 2.5 s timeout: only a timeout that restarts at
        // each completion lets all four through. The 1.5 s margin per gap absorbs a loaded machine.
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, n++; Print( r[2] ) );
            peer << Recv( 100, "onData", 2.5 );
            For( k = 1, k <= 4, k++, Wait( 1 ); client << Send( "x" ); For( i = 1, i <= 200 & n < k, i++, Wait( 0.02 ) ) );
            Print( "sent" );
            """);
        Assert.Equal(["\"ok\"", "\"ok\"", "\"ok\"", "\"ok\"", "\"sent\"", Status.Quote(Status.TimedOut)], run.Lines);
    }

    [Fact]
    public void Background_recvfrom_gives_each_datagram_with_its_sender()
    {
        var run = ScriptRun.Ok(Jsl.Udp + """
            n = 0;
            onDatagram = Function( {r}, n++; Print( r[1], r[2], r[3], r[4], r[5] == (tx << GetSockName)[4], r[6] == rx ) );
            Print( rx << RecvFrom( 100, "onDatagram" ) );
            tx << SendTo( "127.0.0.1", rxPort, "a" );
            tx << SendTo( "127.0.0.1", rxPort, "b" );
            For( i = 1, i <= 100 & n < 2, i++, Wait( 0.05 ) );
            rx << Close();
            """);
        Assert.Equal(
        [
            Status.List("recvfrom", "ok"),
            "\"recvfrom\"", "\"ok\"", "Char To Blob( \"a\", \"ascii~hex\" )", "\"127.0.0.1\"", "1", "1",
            "\"recvfrom\"", "\"ok\"", "Char To Blob( \"b\", \"ascii~hex\" )", "\"127.0.0.1\"", "1", "1",
        ], run.Lines);
    }

    [Fact]
    public void Background_recvfrom_reports_msgsize_with_the_truncated_data_and_stays_armed()
    {
        var run = ScriptRun.Ok(Jsl.Udp + """
            n = 0;
            onDatagram = Function( {r}, n++; Print( r[2], r[3] ) );
            rx << RecvFrom( 3, "onDatagram" );
            tx << SendTo( "127.0.0.1", rxPort, "abcdef" );
            tx << SendTo( "127.0.0.1", rxPort, "xy" );
            For( i = 1, i <= 100 & n < 2, i++, Wait( 0.05 ) );
            rx << Close();
            """);
        Assert.Equal([Status.Quote(Status.MsgSize), "Char To Blob( \"abc\", \"ascii~hex\" )", "\"ok\"", "Char To Blob( \"xy\", \"ascii~hex\" )"], run.Lines);
    }

    [Fact]
    public void Background_accept_and_accept_fast_hand_over_connected_sockets()
    {
        var run = ScriptRun.Ok("""
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen(); port = (server << GetSockName)[4];
            got = 0;
            onAccept = Function( {r}, got++; Print( r[1], r[2], r[3], r[4], r[5] == server ); r[4] << Close() );
            Print( server << Accept( "onAccept" ) );
            c1 = Socket(); c1 << Connect( "127.0.0.1", port );
            For( i = 1, i <= 100 & got < 1, i++, Wait( 0.05 ) );
            Print( server << Accept Fast( "onAccept" ) );
            c2 = Socket(); c2 << Connect( "127.0.0.1", port );
            For( i = 1, i <= 100 & got < 2, i++, Wait( 0.05 ) );
            server << Close();
            """, new FakeNameResolver().AddReverse("127.0.0.1", "localhost"));
        Assert.Equal(
        [
            Status.List("accept", "ok"), "\"accept\"", "\"ok\"", "\"localhost\"", "Socket[STREAM]", "1",
            Status.List("acceptfast", "ok"), "\"acceptfast\"", "\"ok\"", "\"\"", "Socket[STREAM]", "1",
        ], run.Lines);
    }

    [Fact]
    public void Sockets_accepted_in_the_background_are_non_blocking()
    {
        var run = ScriptRun.Ok("""
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen(); port = (server << GetSockName)[4];
            onAccept = Function( {r}, Print( r[4] << Recv( 10 ) ); server << Close() );
            server << Accept Fast( "onAccept" );
            c = Socket(); c << Connect( "127.0.0.1", port );
            """);
        Assert.Equal([Status.List("recv", Status.WouldBlock)], run.Lines);
    }

    [Fact]
    public void A_function_value_is_a_callback_too()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            peer << Recv( 100, Function( {r}, Print( r[2] ) ) );
            client << Close();
            """);
        Assert.Equal([Status.Quote(Status.Closed)], run.Lines);
    }

    [Fact]
    public void A_callback_name_is_looked_up_when_called_in_the_namespace_of_the_message()
    {
        var run = ScriptRun.Ok("""
            Names Default To Here( 1 );
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen(); port = (server << GetSockName)[4];
            client = Socket(); client << Connect( "127.0.0.1", port );
            peer = (server << Accept())[4];
            peer << Recv( 100, "handler" );
            handler = Function( {r}, Print( "defined later: " || r[2] ) );
            client << Close();
            """);
        Assert.Equal(["\"defined later: " + Status.Closed + "\""], run.Lines);
    }

    [Fact]
    public void The_same_message_with_a_callback_replaces_the_earlier_one()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            first = Function( {r}, Print( "first " || r[2] ) );
            second = Function( {r}, Print( "second " || r[2] ) );
            peer << Recv( 100, "first" );
            peer << Recv( 100, "second" );
            client << Send( "x" );
            Wait( 0.3 );
            client << Close();
            """);
        Assert.Equal(["\"second ok\"", "\"second " + Status.Closed + "\""], run.Lines);
    }

    [Fact]
    public void Re_arming_from_inside_the_callback_does_not_double_deliveries()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, n++; Print( r[2] ); If( r[2] == "ok", r[4] << Recv( 100, "onData" ) ) );
            peer << Recv( 100, "onData" );
            For( k = 1, k <= 3, k++, client << Send( "x" ); For( i = 1, i <= 200 & n < k, i++, Wait( 0.05 ) ) );
            client << Close();
            """);
        Assert.Equal(["\"ok\"", "\"ok\"", "\"ok\"", Status.Quote(Status.Closed)], run.Lines);
    }

    [Fact]
    public void Close_cancels_background_operations_and_drops_undelivered_completions()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            onData = Function( {r}, Print( "called " || r[2] ) );
            peer << Recv( 100, "onData" );
            client << Send( "x" );
            Wait( -0.3 );
            Print( peer << Close() );
            Wait( 0.3 );
            Print( "end" );
            """);
        Assert.Equal([Status.List("close", "ok"), "\"end\""], run.Lines);
    }

    [Fact]
    public void Callbacks_run_only_inside_wait_and_after_the_main_script()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            onData = Function( {r}, Print( "callback" ) );
            peer << Recv( 1, "onData" );
            client << Send( "xy" );
            Wait( -0.5 );
            Print( "after negative wait" );
            Wait( 0 );
            Print( "main ends" );
            client << Close();
            """);
        // Nothing during the negative wait; Wait(0) runs what is due (the first byte, if it has
        // arrived); the rest after the main script. One byte per callback: x, y, then CLOSED.
        Assert.Equal("\"after negative wait\"", run.Lines[0]);
        Assert.Equal(3, run.Lines.Count(l => l == "\"callback\""));
        Assert.True(Array.IndexOf(run.Lines, "\"main ends\"") >= 2, string.Join("\n", run.Lines));
        Assert.Equal("\"callback\"", run.Lines[^1]);
    }

    [Fact]
    public void Callbacks_are_never_re_entered_by_a_wait_inside_a_callback()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            depth = 0;
            onData = Function( {r}, depth++; Print( "enter " || Char( depth ) ); Wait( 0.3 ); Print( "leave " || Char( depth ) ); depth-- );
            peer << Recv( 1, "onData" );
            client << Send( "ab" );
            Wait( 1 );
            client << Close();
            """);
        Assert.Equal(["\"enter 1\"", "\"leave 1\"", "\"enter 1\"", "\"leave 1\"", "\"enter 1\"", "\"leave 1\""], run.Lines);
    }

    [Fact]
    public void A_callback_error_is_reported_with_its_position_ends_that_operation_and_the_run_carries_on()
    {
        var run = ScriptRun.Run(Jsl.Pair + Jsl.Udp + """
            bad = Function( {r}, badCalled = 1; x = 1 + "a" );
            good = Function( {r}, goodCalled = 1; Print( "good " || r[2] ) );
            badCalled = 0; goodCalled = 0;
            peer << Recv( 100, "bad" );
            rx << RecvFrom( 100, "good" );
            client << Send( "x" );
            For( i = 1, i <= 200 & !badCalled, i++, Wait( 0.05 ) );
            client << Send( "y" );
            tx << SendTo( "127.0.0.1", rxPort, "z" );
            For( i = 1, i <= 200 & !goodCalled, i++, Wait( 0.05 ) );
            Print( peer << Recv( 100 ) );
            rx << Close();
            """);
        Assert.Empty(run.Errors);
        Assert.Equal(1, run.BackgroundErrors);
        Assert.StartsWith("test.jsl:12:", run.Diagnostics, StringComparison.Ordinal);
        Assert.Contains("Cannot convert argument to a number", run.Diagnostics, StringComparison.Ordinal);
        // The failed Recv ended: the plain form works again (and finds "y").
        Assert.Equal(["\"good ok\"", "{\"recv\", \"ok\", Char To Blob( \"y\", \"ascii~hex\" )}"], run.Lines);
    }

    [Fact]
    public void A_callback_name_that_is_not_a_function_is_an_error_at_the_message()
    {
        var run = ScriptRun.Run(Jsl.Pair + """
            peer << Recv( 100, "noSuchFunction" );
            client << Close();
            """);
        Assert.Equal(1, run.BackgroundErrors);
        Assert.StartsWith("test.jsl:8:", run.Diagnostics, StringComparison.Ordinal);
        Assert.Contains("noSuchFunction", run.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_in_a_callback_ends_the_whole_run_and_closes_every_socket()
    {
        var run = ScriptRun.Run(Jsl.Pair + """
            onData = Function( {r}, Print( "stopping" ); Stop() );
            peer << Recv( 100, "onData" );
            client << Recv( 100, "onData" );
            client << Send( "x" );
            Print( "main ends" );
            """);
        Assert.Empty(run.Errors);
        Assert.Equal(0, run.BackgroundErrors);
        Assert.Equal(["\"main ends\"", "\"stopping\""], run.Lines);
        Assert.False(run.Engine.HasPendingWork);
    }

    [Fact]
    public void An_uncaught_error_in_the_main_script_closes_every_socket_so_nothing_runs_after()
    {
        var run = ScriptRun.Run(Jsl.Pair + """
            onData = Function( {r}, Print( "callback" ) );
            peer << Recv( 100, "onData" );
            client << Send( "x" );
            x = 1 + "a";
            """);
        Assert.Single(run.Errors);
        Assert.Empty(run.Lines);
        Assert.False(run.Engine.HasPendingWork);
    }

    [Fact]
    public void The_runtime_idles_after_the_main_script_while_an_operation_is_armed()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, n++; Print( "got " || Char( n ) ); If( n < 3, client << Send( "more" ), client << Close() ) );
            peer << Recv( 100, "onData" );
            client << Send( "start" );
            Print( "main ends" );
            """);
        Assert.Equal(["\"main ends\"", "\"got 1\"", "\"got 2\"", "\"got 3\"", "\"got 4\""], run.Lines);
    }

    [Fact]
    public void Recv_with_a_callback_on_an_unconnected_socket_returns_the_error_without_arming()
    {
        var run = ScriptRun.Ok("""
            s = Socket();
            Print( s << Recv( 10, "cb" ), s << Accept( "cb" ), Socket( DGRAM ) << RecvFrom( 10, "cb" ) );
            """);
        Assert.Equal([Status.List("recv", Status.NotConn), Status.List("accept", Status.Inval), Status.List("recvfrom", Status.Inval)], run.Lines);
        Assert.False(run.Engine.HasPendingWork);
    }
}
