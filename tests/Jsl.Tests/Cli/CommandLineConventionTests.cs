using Jsl.Tests.Support;

namespace Jsl.Tests.Cli;

/// <summary>
/// <c>jsl [OPTIONS] FILE [ARGS...]</c> as a Unix user expects it (docs/cli.md): where options end,
/// arguments for the script, a script on standard input, <c>#!</c> lines, usage errors, exit
/// statuses set by the script, <c>--help</c>.
/// </summary>
public sealed class CommandLineConventionTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Script(string name, string text) => _folder.Write(name, text);

    private string ArgumentsScript() => Script("args.jsl", "Show( Script Arguments() );\n");

    [Fact]
    public void Words_after_the_script_go_to_it_even_when_they_look_like_options()
    {
        var result = JslProcess.Run(Limit, ArgumentsScript(), "x", "--trace", "-e", "1", "--bogus");
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Script Arguments() = {\"x\", \"--trace\", \"-e\", \"1\", \"--bogus\"};\n", result.Stdout);
    }

    [Fact]
    public void Options_before_the_script_still_apply()
    {
        var path = Script("sock.jsl", "s = Socket();\ns << Close();\nShow( Script Arguments() );\n");
        var result = JslProcess.Run(Limit, "--trace", path, "a");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Script Arguments() = {\"a\"};\n", result.Stdout);
        Assert.Contains("Close", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_dash_ends_the_options()
    {
        var result = JslProcess.Run(Limit, "--", ArgumentsScript(), "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Script Arguments() = {\"--help\"};\n", result.Stdout);

        // After the script every word is the script's, a second -- too.
        var again = JslProcess.Run(Limit, ArgumentsScript(), "--", "-x");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("Script Arguments() = {\"--\", \"-x\"};\n", again.Stdout);
    }

    [Fact]
    public void A_script_without_arguments_gets_an_empty_list()
    {
        var result = JslProcess.Run(Limit, ArgumentsScript());
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Script Arguments() = {};\n", result.Stdout);
    }

    [Fact]
    public void Eval_text_gets_the_words_after_it()
    {
        var result = JslProcess.Run(Limit, "-e", "N Items( Script Arguments() ) || Script Arguments()", "a", "b");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{2, \"a\", \"b\"}\n", result.Stdout);
    }

    [Fact]
    public void A_lone_dash_runs_standard_input_with_arguments()
    {
        var result = JslProcess.RunWithInput(Limit, null, "Print( Script Arguments() );\nPrint( 1 + 1 );\n", "-", "p", "-q");
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{\"p\", \"-q\"}\n2\n", result.Stdout);
    }

    [Fact]
    public void Piped_standard_input_without_a_script_is_run()
    {
        var result = JslProcess.RunWithInput(Limit, null, "x = 6;\nPrint( x * 7 );\n");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("42\n", result.Stdout);
    }

    [Fact]
    public void Empty_piped_input_runs_an_empty_script()
    {
        var result = JslProcess.Run(Limit);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout + result.Stderr);
    }

    [Fact]
    public void An_error_in_standard_input_is_reported_as_file_dash()
    {
        var result = JslProcess.RunWithInput(Limit, null, "x = 1;\ny = foo;\n", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("-:2:5: Name Unresolved: foo in access or evaluation of 'foo' , foo/*###*/\n", result.Stderr);
    }

    [Fact]
    public void A_hash_bang_first_line_is_skipped()
    {
        var path = Script("exec.jsl", "#!/usr/bin/env jsl\nPrint( \"ran\" );\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("\"ran\"\n", result.Stdout);
        Assert.Equal(0, JslProcess.Run(Limit, "check", path).ExitCode);
    }

    [Fact]
    public void A_hash_bang_on_a_later_line_is_a_syntax_error()
    {
        var path = Script("late.jsl", "Print( 1 );\n#!/usr/bin/env jsl\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{path}:2:1: ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    [InlineData("--bogus=1")]
    public void An_unknown_option_exits_2_with_the_usage_and_runs_nothing(string option)
    {
        var path = Script("never.jsl", "Print( \"ran\" );\n");
        var result = JslProcess.Run(Limit, option, path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"unknown option '{option}'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: jsl [OPTIONS] FILE [ARGS...]", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_missing_its_value_exits_2_with_the_usage()
    {
        var result = JslProcess.Run(Limit, "-e");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Print( 1 ); Quit( 3 ); Print( 2 )", 3)]
    [InlineData("Print( 1 ); Exit( 7 ); Print( 2 )", 7)]
    [InlineData("Print( 1 ); Quit( \"No Save\" ); Print( 2 )", 0)]
    [InlineData("Print( 1 ); Exit( 0 ); Print( 2 )", 0)]
    [InlineData("Print( 1 ); Quit( 255 )", 255)]
    public void Quit_and_exit_set_the_exit_status(string text, int status)
    {
        var result = JslProcess.Run(Limit, "-e", text);
        Assert.Equal("", result.Stderr);
        Assert.Equal(status, result.ExitCode);
        Assert.Equal("1\n", result.Stdout);
    }

    [Fact]
    public void Quit_in_a_scheduled_callback_sets_the_exit_status()
    {
        var path = Script("later.jsl", "Schedule( 0.05, Print( \"later\" ); Quit( 5 ) );\nPrint( \"now\" );\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(5, result.ExitCode);
        Assert.Equal("\"now\"\n\"later\"\n", result.Stdout);
    }

    [Fact]
    public void Quit_with_a_status_out_of_range_is_a_script_error()
    {
        var result = JslProcess.Run(Limit, "-e", "Quit( 300 )");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("-e:1:1: Quit needs an exit status, a whole number from 0 to 255", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Quit_in_the_repl_sets_the_exit_status()
    {
        var result = JslProcess.RunWithInput(Limit, null, "x = 1;\nQuit( 4 );\nPrint( \"never\" )\n", "--repl");
        Assert.Equal(4, result.ExitCode);
        Assert.Equal("1\n", result.Stdout);
    }

    [Fact]
    public void An_uncaught_throw_without_a_message_still_says_something()
    {
        var path = Script("bare.jsl", "x = 1;\nThrow();\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}:2:1: Throw() with no message\n", result.Stderr);
    }

    [Fact]
    public void Help_lists_the_exit_statuses_and_environment_variables()
    {
        var result = JslProcess.Run(Limit, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var expected in new[] { "FILE", "ARGS", "--eval", "--trace", "check", "Exit status:", "130", "143", "Quit(n)", "Environment variables:", "HOME", "XDG_DATA_HOME", "TMPDIR", "JSL_HISTORY" })
        {
            Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_for_check_needs_no_path()
    {
        var result = JslProcess.Run(Limit, "check", "--help");
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PATH", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_without_a_path_is_a_usage_error()
    {
        var result = JslProcess.Run(Limit, "check");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_status_and_variable_in_help_is_in_docs_cli_md()
    {
        var help = JslProcess.Run(Limit, "--help").Stdout.Replace("\r\n", "\n", StringComparison.Ordinal);
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "cli.md"));
        var statuses = Section(help, "Exit status:").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToList();
        var variables = Section(help, "Environment variables:").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).Where(v => v != "any").ToList();
        Assert.Equal(["0", "n", "1", "2", "124", "130", "143"], statuses);
        Assert.NotEmpty(variables);
        foreach (var status in statuses) Assert.Contains($"| {status} |", docs, StringComparison.Ordinal);
        foreach (var variable in variables) Assert.Contains($"`{variable}`", docs, StringComparison.Ordinal);
    }

    /// <summary>The indented lines under a heading of the help text, up to the next blank line.</summary>
    private static IEnumerable<string> Section(string help, string heading) =>
        help.Split('\n').SkipWhile(l => l.Trim() != heading).Skip(1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim());
}
