using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// A callback run once per message gets its result list without a copy and may run in the frame
/// of its previous call (Interpreter.InvokeCallback): what a script can see must not change.
/// Each test sends one message at a time and waits for its delivery, so the order is fixed.
/// </summary>
public sealed class CallbackFrameTests
{
    // Sends "a", "b", "c" one by one to the armed peer, each after the previous was delivered.
    private const string SendThree = """
        For( k = 1, k <= 3, k++,
            client << Send( Word( k, "a b c" ) );
            For( i = 1, i <= 200 & n < k, i++, Wait( 0.05 ) );
        );

        """;

    // Both ends closed once the deliveries were seen: nothing armed is left, so the run ends.
    private const string Closed = """

        peer << Close();
        client << Close();
        """;

    [Fact]
    public void A_callbacks_locals_start_empty_at_every_delivery()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, {seen, count = 0},
                Print( Is Empty( seen ), count );
                seen = Blob To Char( r[3] );
                count++;
                n++;
            );
            peer << Recv( 100, "onData" );

            """ + SendThree + Closed);
        Assert.Equal(["1", "0", "1", "0", "1", "0"], run.Lines);
    }

    [Fact]
    public void Names_a_callback_assigns_without_declaring_are_not_kept_from_the_last_delivery()
    {
        // A function's undeclared names are globals unless it says otherwise; with a default-local
        // function they are its own and must start over at each call.
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, {Default Local},
                Print( Is Empty( last ) );
                last = Blob To Char( r[3] );
                ::n++;
            );
            peer << Recv( 100, "onData" );

            """ + SendThree + Closed);
        Assert.Equal(["1", "1", "1"], run.Lines);
    }

    [Fact]
    public void A_result_list_kept_or_edited_by_a_callback_is_its_own()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            kept = {};
            held = Associative Array();
            onData = Function( {r},
                // Insert Into takes a list's items; Eval List makes r one item.
                Insert Into( kept, Eval List( {r} ) );
                held[n + 1] = r;
                r[1] = "edited";
                Remove From( r, 3 );
                n++;
            );
            peer << Recv( 100, "onData" );

            """ + SendThree + """
            Print( N Items( kept ), N Items( held ) );
            For( k = 1, k <= 3, k++, Print( kept[k][1], Blob To Char( kept[k][3] ), held[k][1], Blob To Char( held[k][3] ) ) );
            """ + Closed);
        Assert.Equal(
        [
            "3", "3",
            "\"recv\"", "\"a\"", "\"recv\"", "\"a\"",
            "\"recv\"", "\"b\"", "\"recv\"", "\"b\"",
            "\"recv\"", "\"c\"", "\"recv\"", "\"c\"",
        ], run.Lines);
    }

    [Fact]
    public void A_callbacks_local_namespace_kept_from_one_delivery_keeps_that_deliverys_values()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            spaces = {};
            onData = Function( {r}, {text},
                text = Blob To Char( r[3] );
                Insert Into( spaces, Namespace( "local" ) );
                n++;
            );
            peer << Recv( 100, "onData" );

            """ + SendThree + """
            For( k = 1, k <= 3, k++, Print( spaces[k] << Get Value( "text" ) ) );
            """ + Closed);
        Assert.Equal(["\"a\"", "\"b\"", "\"c\""], run.Lines);
    }

    [Fact]
    public void Two_connections_sharing_a_callback_see_only_their_own_delivery()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            client2 = Socket();
            client2 << Connect( "127.0.0.1", port );
            peer2 = (server << Accept())[4];
            n = 0;
            onData = Function( {r}, {mine},
                Print( Is Empty( mine ) );
                mine = Blob To Char( r[3] ) || If( r[4] == peer, "@1", "@2" );
                Print( mine );
                n++;
            );
            peer << Recv( 100, "onData" );
            peer2 << Recv( 100, "onData" );
            For( k = 1, k <= 4, k++,
                If( Modulo( k, 2 ), client, client2 ) << Send( Word( k, "a b c d" ) );
                For( i = 1, i <= 200 & n < k, i++, Wait( 0.05 ) );
            );
            peer2 << Close();
            client2 << Close();

            """ + Closed);
        Assert.Equal(["1", "\"a@1\"", "1", "\"b@2\"", "1", "\"c@1\"", "1", "\"d@2\""], run.Lines);
    }

    [Fact]
    public void A_callback_redefined_between_deliveries_runs_as_defined_now()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, {x = "first"}, Print( x, Blob To Char( r[3] ) ); n++ );
            peer << Recv( 100, "onData" );
            client << Send( "a" );
            For( i = 1, i <= 200 & n < 1, i++, Wait( 0.05 ) );
            onData = Function( {r, extra}, {y = "second"}, Print( y, Is Empty( extra ), Blob To Char( r[3] ) ); n++ );
            client << Send( "b" );
            For( i = 1, i <= 200 & n < 2, i++, Wait( 0.05 ) );
            onData = Function( {}, Print( "none" ); n++ );
            client << Send( "c" );
            For( i = 1, i <= 200 & n < 3, i++, Wait( 0.05 ) );
            """ + Closed);
        Assert.Equal(["\"first\"", "\"a\"", "\"second\"", "1", "\"b\"", "\"none\""], run.Lines);
    }

    [Fact]
    public void A_callback_that_failed_runs_again_with_clean_locals_after_re_arming()
    {
        // An error ends the operation (spec §4); the frame it left holds that call's locals and
        // must not be the next call's.
        var run = ScriptRun.Run(Jsl.Pair + """
            n = 0;
            onData = Function( {r}, {v},
                Print( Is Empty( v ) );
                v = 1;
                n++;
                If( n == 1, Throw( "first fails" ) );
            );
            peer << Recv( 100, "onData" );
            client << Send( "a" );
            For( i = 1, i <= 200 & n < 1, i++, Wait( 0.05 ) );
            peer << Recv( 100, "onData" );
            client << Send( "b" );
            For( i = 1, i <= 200 & n < 2, i++, Wait( 0.05 ) );
            """ + Closed);
        Assert.Equal(["1", "1"], run.Lines);
        Assert.Equal(1, run.BackgroundErrors);
        Assert.Empty(run.Errors);
    }
}
