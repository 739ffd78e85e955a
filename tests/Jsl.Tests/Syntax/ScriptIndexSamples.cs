namespace Jsl.Tests.Syntax;

/// <summary>
/// Test data: short scripts in the style of the JMP Scripting Index examples (Programming,
/// Assignment, Comparison, Matrix, Namespace, Class, Socket pages) and the socket idioms the
/// spec quotes. Every one must parse without errors.
/// </summary>
internal static class ScriptIndexSamples
{
    public static readonly (string Name, string Script)[] All =
    [
        ("raw passage", """
            jslPhrase =
            "The JSL to do this is :\[
            a = "hello";
            b = a|| " world.";
            show(b);
            ]\ and you use the Submit command to run it.";
            Show( jslPhrase );
            """),
        ("add", "Pi() + 10;"),
        ("add to", "ex = 1;\nex += 2;\nex;"),
        ("assign list", "Names Default To Here( 1 );\n{ex1, ex2} = {Pi(), 1};\nex1 + ex1;"),
        ("and", "1 < 2 & 3 < 4;"),
        ("as boolean", "x = 45;\nb = As Boolean( x > 2 );\nShow( b );"),
        ("as column", "exdt = Open( \"$SAMPLE_DATA/Big Class.jmp\" );\nexdt:height[1] + :height[2] + As Column( \"height\" )[3];"),
        ("as global", "::ex = 23;\nLocal( {ex = 12}, Eval List( {ex, ::ex, As Global( \"ex\" )} ) );"),
        ("as root", "::: ex = 23;\nLocal( {ex = 12}, Eval List( {ex, ::: ex, As Global( \"ex\" )} ) );"),
        ("as name", "dt = Open( \"$SAMPLE_DATA/Big Class.jmp\" );\ndt:(As Name( \"height\" ))[3];"),
        ("as scoped", "Here:z = 23.5;\nAs Scoped( Here, z );"),
        ("associative array", "ex = Associative Array( {\"red\", \"blue\"}, {1, 2} );\nex[\"green\"] = 3;\nex << get contents;"),
        ("as constant loop", """
            For( i = 1, i <= 10, i++,
            	x = 2;
            	y = 100;
            	z = As Constant( x + y );
            	x *= i;
            	y /= i;
            	Show( i, x + y, z );
            );
            """),
        ("class", """
            Define Class(
            	"complex",
            	real = 0;
            	imag = 0;
            	_init_ = Method( {a, b}, real = a; imag = b; );
            	Add = Method( {y}, New Object( complex( real + y:real, imag + y:imag ) ) );
            	Div = Method( {y},
            		t = New Object( complex( 0, 0 ) );
            		mag2 = y:Magsq();
            		t:real = (real * y:real + imag * y:imag) / mag2;
            		t;
            	);
            	_to string_ = Method( {}, Char( real ) || " + " || Char( imag ) || "i" );
            	_show_ = _to string_;
            );
            cl = New Object( complex( 1, 2 ) );
            cl << Delete;
            """),
        ("namespace", """
            ns = New Namespace(
            	"complex",
            	{
            		make = Function( {a, b}, Index( a, b, b - a ) ),
            		mul = Function( {x, y},
            			local:z = J( 1, 2 );
            			local:z[1] = x[1] * y[1] - x[2] * y[2];
            			local:d = (y[1] ^ 2 + y[2] ^ 2);
            			local:z;
            		),
            		write = Function( {x}, Write( x[1], " + ", x[2], "i\!n" ) )
            	}
            );
            Show( ns );
            ns << Delete;
            """),
        ("exit modal", """
            If(
            	New Window( "Exit() example",
            		<<Type( "Modal" ),
            		Text Box( "Shut down JMP?" ),
            		H List Box( Button Box( "OK" ), Button Box( "Cancel" ) )
            	)["Button"] == 1, /*OK==1*/Exit(), /*cancel==-1*/"Good choice."
            );
            """),
        ("function defaults", "exmul = Function( {x, y = 3}, x * y );\na = exmul( 5 );\nb = exmul( 5, 10 );\nShow( a, b );"),
        ("function return", """
            posorneg = Function( {x},
            	{},
            	If(
            		x > 0, Return( "positive" ),
            		x == 0, Return( "zero" ),
            		Return( "negative" )
            	)
            );
            posorneg( -5.5 );
            """),
        ("get log", "all contents = Get Log();\nheadcontents = Get Log( 10 );\ntailcontents = Get Log( -5 );"),
        ("length aa", "Length( [\"a\" => 10, \"b\" => 3, => 0] );"),
        ("list", "{1, 2 + 3, [11 22]};"),
        ("local", "Local( {a = 1, b},\n\tb = 2;\n\ta + b;\n);"),
        ("log capture", "\"captured:\" || Log Capture(\n\tFor( i = 1, i <= 3, i++,\n\t\tWrite( Char( i ) );\n\t\tWrite( \" \" );\n\t)\n);"),
        ("custom function trailing comma", """
            Add Custom Functions(
            	{New Custom Function(
            		"custom",
            		"User Defined Transform Function",
            		Function( {inches}, inches * 2.54 ),
            		<<Transform Category( "Custom" ), 

            	)}
            );
            """),
        ("recode regex", "Recode(\n\t\"27513-0000\",\n\t{Regex( _rcNow, \"(\\d\\d\\d\\d\\d)-\\d+\", \"\\1\", GLOBALREPLACE ), Num( _rcNow )}\n);"),
        ("recurse", "ex rev = Function( {s},\n\tIf( Length( s ) <= 1, s, Recurse( Substr( s, 2 ) ) || Left( s, 1 ) )\n);\nex rev( \"abcd\" );"),
        ("send", "Bivariate( Y( :weight ), X( :height ) ) << Fit Line;"),
        ("throw", "Try( Throw( \"!This is a fatal error\" ), Print( \"CATCH message not reached\" ) );"),
        ("try exception", "Try( Sqrt( \"s\" ), exception_msg );"),
        ("wait comments", "Wait( 0 ); // Wait for OS events and callbacks\nWait( -1 );\nWait( 1.5 );"),
        ("where", "dt << Clear Select << Select Rows( Where( Col Max( :height, :age ) >= 68 ) );\nxs = [10 20 30 . 50];\nxs[Where( !Is Missing( xs ) )];\nys = {10, 20, \"30\", ., 50};"),
        ("where rows", "dt << Select Rows( [2 4 6] ) << Exclude( 1 );\nWhere( !Excluded() );\nWhere( xs > 20 & ys );"),
        ("wild", "extestexpr = Expr(\n\tFor( i = 1, i <= 14, i++, Print( \"YES!!!\" ) );\n\tShow( \"END\" );\n);\nExtract Expr( extestexpr, For( i = 1, Wild(), i++, Print( \"YES!!!\" ) ) );"),
        ("write", "Write( \"fraction = \", 355 / 113, \"\\!N\", \"pi       = \", Pi() );"),
        ("comparison chains", "3 > 2 > 1;\n3 >= 2 >= 2;\n1 < 2 <= 2;\n2 <= 2 < 3;\n1 != 2 != 1;\n[1 1 1] < [0 1 2];"),
        ("matrix ops", "[1 2 3] :* [11 22 33];\n[11 22 33] :/ [1 2 3];\n[11 22] |/ [33 44];\nShow( Transpose( [11 22, 33 44] ), [11 22, 33 44]` );"),
        ("v concat to", "exA = [1 2, 3 4];\nexB = [5 6, 7 8, 9 10];\nexD = V Concat To( exA, exB );\nexA |/= exB;"),
        ("concat to", "ex = \"hello \";\nex ||= \"world\";"),
        ("post increment", "ex = 1;\nex++;\nex--;\nex -= 2;\nex *= 3;\nex /= 2;"),
        ("date literal", "Week Of Year( 01jan2012, 1 );\nAs Date( 19May2011 + 1 );\nx = 5oct1998;"),
        ("socket client", """
            Names Default To Here( 1 );
            tcp = Socket( STREAM );
            tcp << Connect( "localhost", "8080" );
            msg = "GET / HTTP/1.0\!r\!n\!r\!n";
            tcp << Send( Char To Blob( msg, encoding = "utf-8" ) );
            blob = Char To Blob( "" );
            timeout = 10;
            While( timeout-- > 0,
            	rc = tcp << Recv( 1000 );
            	If( rc[2] == "ok", blob = blob || rc[3], Break() );
            );
            t = Blob To Char( blob, encoding = "utf-8" );
            If( Right( t, 4 ) == "\!r\!n\!r\!n", Write( "done\!n" ) );
            (tcp << getSockName)[3];
            tcp << Close;
            """),
        ("socket callback", """
            listener = Socket();
            listener << Bind( "localhost", "0" );
            listener << Listen();
            onAccept = Function( {socket, msg}, {rc},
            	rc = socket << Accept( "onAccept" );
            	If( Starts With( rc[2], "WOULDBLOCK" ), ., Show( rc ) );
            );
            listener << Accept( "onAccept" );
            Wait( 0 );
            Char( 1.5, <<Use Locale( 1 ) );
            Hex( 11, Base( 2 ), Pad To( 8 ) );
            Include( "x.jsl", << Parse Only );
            Ioctl( FIONBIO, 1 );
            """),
        ("for each", "For Each( {value, index}, {\"a\", \"b\"}, Print( index || value ) );\nFor Each( {{key, value}}, [\"k\" => 1], Show( key, value ) );"),
        ("quoted names and Name()", "\"my var\"n = 3;\nName( \"my var\" ) + 1;\nmyNs:b = \"myNs\":b;"),
        ("first line directive", "//!\n/* header */ x = 1; // trailing\nShow( x );"),
    ];
}
