namespace Jsl.Tests.Builtins.Files;

/// <summary>
/// <c>Include</c> across real files: relative paths against the file running now, nested three
/// levels deep, paths used by a function defined in one file and called from another, the
/// recursion guard, Parse Only, New Context, Names Default To Here, and errors that name the
/// included file's line and column (Scripting Index: Include, Include File List, Get Default
/// Directory; spec §6a.4).
/// </summary>
public sealed class IncludeTests
{
    [Fact]
    public void Nested_includes_resolve_each_relative_path_against_the_file_that_contains_it()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                Write( "main " || Get Default Directory() || "\!N" );
                Include( "a/one.jsl" );
                Write( "back " || Get Default Directory() || "\!N" );
                """)
            .Add("a/one.jsl", """
                Write( "one " || Get Default Directory() || "\!N" );
                Include( "b/two.jsl" );
                Write( "one again " || Get Default Directory() || "\!N" );
                """)
            .Add("a/b/two.jsl", """
                Write( "two " || Get Default Directory() || "\!N" );
                Include( "../../c/three.jsl" );
                """)
            .Add("c/three.jsl", """
                Write( "three " || Get Default Directory() || "\!N" );
                Write( "list " || Concat Items( Include File List(), "," ) || "\!N" );
                """);

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(
            [
                "main " + tree.FolderOf(""),
                "one " + tree.FolderOf("a"),
                "two " + tree.FolderOf("a/b"),
                "three " + tree.FolderOf("c"),
                "list " + string.Join(",", tree.PathOf("c/three.jsl"), tree.PathOf("a/b/two.jsl"), tree.PathOf("a/one.jsl"), tree.PathOf("main.jsl")),
                "one again " + tree.FolderOf("a"),
                "back " + tree.FolderOf(""),
            ],
            run.Lines);
    }

    [Fact]
    public void A_function_defined_in_one_file_resolves_paths_against_the_file_that_calls_it()
    {
        // The shape of jsl-hamcrest's Source/Core/Utils.jsl helper, called from Core.jsl and All.jsl.
        using var tree = new ScriptTree()
            .Add("All.jsl", """
                Include( "Core/Core.jsl" );
                include all( "Matchers" );
                """)
            .Add("Core/Utils.jsl", """
                include all = Function( {folder}, {files, i},
                    files = Files In Directory( folder, "recursive" );
                    For( i = 1, i <= N Items( files ), i++,
                        If( Ends With( files[i], ".jsl" ), Include( folder || "/" || files[i] ) )
                    );
                    N Items( files );
                );
                """)
            .Add("Core/Core.jsl", """
                Include( "Utils.jsl" );
                include all( "Matchers" );
                """)
            .Add("Core/Matchers/Is.jsl", """Write( "core Is\!N" );""")
            .Add("Core/Matchers/Deeper/EqualTo.jsl", """Write( "core Deeper/EqualTo\!N" );""")
            .Add("Matchers/AllOf.jsl", """Write( "top AllOf " || Include File List()[1] || "\!N" );""")
            .Add("Matchers/readme.txt", "not a script")
            .Add("Matchers/Custom/Mine.jsl", """Write( "top Custom/Mine\!N" );""");

        var run = tree.Run("All.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(
            [
                "core Deeper/EqualTo",
                "core Is",
                "top AllOf " + tree.PathOf("Matchers/AllOf.jsl"),
                "top Custom/Mine",
            ],
            run.Lines);
    }

    [Fact]
    public void Include_returns_the_value_of_the_included_scripts_last_expression()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                Show( Include( "value.jsl" ) );
                Show( Include( "empty.jsl" ) );
                Show( shared );
                """)
            .Add("value.jsl", "shared = 20; shared + 22;")
            .Add("empty.jsl", "");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["Include(\"value.jsl\") = 42;", "Include(\"empty.jsl\") = Empty();", "shared = 20;"], run.Lines);
    }

    [Fact]
    public void Parse_only_returns_the_script_as_an_expression_without_running_it()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                e = Include( "code.jsl", << Parse Only );
                Show( Is Empty( ran ) );
                Show( Type( Name Expr( e ) ), Head Name( e ), N Arg( e ) );
                Show( Is Empty( ran ) );
                Eval( e );
                Show( ran );
                """)
            .Add("code.jsl", "ran = 1; ran = ran + 1;");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["Is Empty(ran) = 1;", "Type(Name Expr(e)) = \"Expression\";", "Head Name(e) = \"Glue\";", "N Arg(e) = 2;", "Is Empty(ran) = 1;", "ran = 2;"], run.Lines);
    }

    [Fact]
    public void Included_files_share_the_includers_namespace_and_the_calling_functions_locals()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                Names Default To Here( 1 );
                x = 1;
                Include( "shared.jsl" );
                Show( x, y );
                f = Function( {}, {secret = 7}, Include( "local.jsl" ); secret );
                Show( f() );
                """)
            .Add("shared.jsl", "y = x + 1; x = 10;")
            .Add("local.jsl", "secret = secret * 6;");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["x = 10;", "y = 2;", "f() = 42;"], run.Lines);
    }

    [Fact]
    public void Names_default_to_here_in_an_included_file_sets_the_mode_of_the_script_it_is_part_of()
    {
        // Without <<New Context the included file is part of the including script, and
        // Names Default To Here "defines a mode for a particular script" (Scripting Guide).
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                before = 1;
                Include( "lib.jsl" );
                after = 2;
                Show( Is Empty( ::before ), Is Empty( ::after ), after );
                """)
            .Add("lib.jsl", "Names Default To Here( 1 );");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["Is Empty(::before) = 0;", "Is Empty(::after) = 1;", "after = 2;"], run.Lines);
    }

    [Fact]
    public void New_context_runs_the_file_apart_from_the_includers_here_namespace()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                Names Default To Here( 1 );
                x = 1;
                Include( "apart.jsl", << New Context );
                Show( x, Is Empty( made ) );
                """)
            .Add("apart.jsl", """
                Show( Is Empty( x ) );
                x = 99;
                made = 1;
                """);

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["Is Empty(x) = 1;", "x = 1;", "Is Empty(made) = 1;"], run.Lines);
    }

    [Fact]
    public void New_context_from_a_global_script_needs_names_default_to_here_to_keep_globals_apart()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                Include( "global.jsl", << New Context );
                Show( g );
                Include( "here.jsl", << New Context, << Names Default To Here );
                Show( Is Empty( h ) );
                Include( "here.jsl", << Names Default To Here );
                Show( Is Empty( h ) );
                """)
            .Add("global.jsl", "g = 5;")
            .Add("here.jsl", "h = 6; Show( h );");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["g = 5;", "h = 6;", "Is Empty(h) = 1;", "h = 6;", "Is Empty(h) = 1;"], run.Lines);
    }

    [Fact]
    public void A_file_including_itself_is_an_error_naming_the_file()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """Include( "a.jsl" );""")
            .Add("a.jsl", """Write( "a\!N" ); Include( "b.jsl" );""")
            .Add("b.jsl", "Write( \"b\\!N\" );\nInclude( \"a.jsl\" );\n");

        var run = tree.Run("main.jsl");

        Assert.Equal(["a", "b"], run.Lines);
        var report = Assert.Single(run.Errors);
        Assert.StartsWith(tree.PathOf("b.jsl") + ":2:1: recursive Include of \"" + tree.PathOf("a.jsl") + "\"", report);
        Assert.Contains("Allow Include File Recursion", report);
    }

    [Fact]
    public void Including_the_top_level_script_is_recursion_too()
    {
        using var tree = new ScriptTree().Add("main.jsl", "Include( \"main.jsl\" );");

        var run = tree.Run("main.jsl");

        var report = Assert.Single(run.Errors);
        Assert.StartsWith(tree.PathOf("main.jsl") + ":1:1: recursive Include of \"" + tree.PathOf("main.jsl") + "\"", report);
    }

    [Fact]
    public void Allow_include_file_recursion_lets_a_file_include_itself()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                depth = 0;
                Include( "self.jsl" );
                Show( depth );
                """)
            .Add("self.jsl", """
                depth++;
                Write( Char( N Items( Include File List() ) ) || "\!N" );
                If( depth < 3, Include( "self.jsl", << Allow Include File Recursion ) );
                """);

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["2", "3", "4", "depth = 3;"], run.Lines);
    }

    [Fact]
    public void Including_the_same_file_twice_in_a_row_is_not_recursion()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", "n = 0; Include( \"inc.jsl\" ); Include( \"inc.jsl\" ); Show( n );")
            .Add("inc.jsl", "n++;");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["n = 2;"], run.Lines);
    }

    [Fact]
    public void A_runtime_error_inside_an_included_file_reports_that_files_line_and_column()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", "x = 1;\nInclude( \"sub/bad.jsl\" );\nWrite( \"not reached\" );")
            .Add("sub/bad.jsl", "a = 1;\nb = 2;\nc = a + nope;\n");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Lines);
        var report = Assert.Single(run.Errors);
        Assert.Equal(tree.PathOf("sub/bad.jsl") + ":3:9: Name Unresolved: nope in access or evaluation of 'nope' , nope/*###*/", report);
    }

    [Fact]
    public void A_syntax_error_inside_an_included_file_reports_that_files_position()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", "Write( \"before\\!N\" );\nInclude( \"broken.jsl\" );")
            .Add("broken.jsl", "x = 1;\ny = (2 + ;\n");

        var run = tree.Run("main.jsl");

        Assert.Equal(["before"], run.Lines);
        var report = Assert.Single(run.Errors);
        Assert.StartsWith(tree.PathOf("broken.jsl") + ":2:", report);
        Assert.Contains("syntax error in included file", report);
        Assert.Contains("'Include'", report);
    }

    [Fact]
    public void An_error_in_an_included_file_can_be_caught_by_the_includer()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                Try( Include( "throws.jsl" ), Write( "caught " || exception_msg || "\!N" ) );
                Write( "after " || Get Default Directory() || "\!N" );
                Write( Char( N Items( Include File List() ) ) || "\!N" );
                """)
            .Add("sub/x.jsl", "")
            .Add("throws.jsl", """Set Default Directory( "sub" ); Throw( "boom" );""");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["caught boom", "after " + tree.FolderOf(""), "1"], run.Lines);
    }

    [Fact]
    public void A_missing_file_is_one_clear_error_at_the_include()
    {
        using var tree = new ScriptTree().Add("main.jsl", "x = 1;\n  Include( \"nowhere/gone.jsl\" );");

        var run = tree.Run("main.jsl");

        var report = Assert.Single(run.Errors);
        Assert.DoesNotContain('\n', report);
        Assert.StartsWith(tree.PathOf("main.jsl") + ":2:3: file not found: \"" + tree.PathOf("nowhere/gone.jsl") + "\"", report);
    }

    [Fact]
    public void Including_a_directory_or_passing_an_unknown_option_is_an_error()
    {
        using var tree = new ScriptTree()
            .Add("dir/x.jsl", "")
            .Add("folder.jsl", "Include( \"dir\" );")
            .Add("flag.jsl", "x = 1;\nInclude( \"dir/x.jsl\", << Parse Everything );")
            .Add("number.jsl", "Include( \"dir/x.jsl\", 3 );");

        Assert.Equal(tree.PathOf("folder.jsl") + ":1:1: cannot include \"" + tree.PathOf("dir") + "\": it is a directory in access or evaluation of 'Include' , Include/*###*/(\"dir\")",
            Assert.Single(tree.Run("folder.jsl").Errors));
        Assert.StartsWith(tree.PathOf("flag.jsl") + ":2:1: argument value is invalid: unknown Include option <<Parse Everything", Assert.Single(tree.Run("flag.jsl").Errors));
        Assert.StartsWith(tree.PathOf("number.jsl") + ":1:1: argument value is invalid: unknown Include option 3", Assert.Single(tree.Run("number.jsl").Errors));
    }

    [Fact]
    public void Set_default_directory_inside_an_included_file_lasts_until_it_returns()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", """
                Include( "lib/inc.jsl" );
                Write( "main " || Get Default Directory() || "\!N" );
                Write( "main sees " || Char( File Exists( "data.txt" ) ) || "\!N" );
                """)
            .Add("lib/inc.jsl", """
                Set Default Directory( "../store" );
                Write( "inc " || Get Default Directory() || "\!N" );
                Write( "inc sees " || Load Text File( "data.txt" ) || "\!N" );
                """)
            .Add("store/data.txt", "stored");

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["inc " + tree.FolderOf("store"), "inc sees stored", "main " + tree.FolderOf(""), "main sees 0"], run.Lines);
    }

    [Fact]
    public void Include_expands_path_variables_and_accepts_backslashes()
    {
        using var tree = new ScriptTree()
            .Add("lib/deep/x.jsl", "Write( \"x ran in \" || Get Default Directory() || \"\\!N\" );")
            .Add("main.jsl", """
                Set Path Variable( "MYLIB", Convert File Path( "lib" ) );
                Include( "$MYLIB/deep/x.jsl" );
                Include( "lib\deep\x.jsl" );
                """);

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal(["x ran in " + tree.FolderOf("lib/deep"), "x ran in " + tree.FolderOf("lib/deep")], run.Lines);
    }

    [Fact]
    public void Convert_file_path_inside_an_included_file_is_relative_to_that_file()
    {
        using var tree = new ScriptTree()
            .Add("main.jsl", "Include( \"Tests/run.jsl\" );")
            .Add("Tests/run.jsl", """
                Write( Convert File Path( "../" ) || "\!N" );
                Write( Convert File Path( "x.jsl" ) || "\!N" );
                Write( Convert File Path( Include File List()[1], relative, base( Convert File Path( "../" ) ) ) || "\!N" );
                """);

        var run = tree.Run("main.jsl");

        Assert.Empty(run.Errors);
        Assert.Equal([tree.FolderOf(""), tree.PathOf("Tests/x.jsl"), "Tests/run.jsl"], run.Lines);
    }
}
