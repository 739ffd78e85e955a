using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Jsl.Tests.Support;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>
/// The interactive loop as a user at a terminal meets it, through a real pseudo-terminal (tmux):
/// line editing, history kept across sessions, Ctrl-C and Ctrl-D, one Here namespace across
/// entries, and background callbacks printing while the prompt waits.
/// </summary>
public sealed partial class TerminalReplTests : IDisposable
{
    private readonly ScriptFolder _home = new();

    public void Dispose() => _home.Dispose();

    private string HistoryFile => Path.Combine(_home.Root, ".jsl_history");

    [SkippableFact]
    public void Left_arrow_then_typing_inserts_inside_the_line()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Type("12 * 3");
        jsl.Press("Left", "Left", "Left", "Left");
        jsl.Type("0");
        jsl.Press("Enter");
        jsl.WaitForRows("jsl> 120 * 3", "360");
    }

    [SkippableFact]
    public void Home_end_and_the_control_keys_edit_the_line()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Type("99 + 1");
        jsl.Press("C-a");
        jsl.Type("1");
        jsl.Press("C-e");
        jsl.Type(" + 1000");
        jsl.Press("Enter");
        jsl.WaitForRows("jsl> 199 + 1 + 1000", "1200");

        jsl.Type("5 + 7 oops");
        jsl.Press("C-w", "Enter");
        jsl.WaitForRows("jsl> 5 + 7", "12");

        jsl.Type("garbage");
        jsl.Press("C-u");
        jsl.Type("6 * 7");
        jsl.Press("Enter");
        jsl.WaitForRows("jsl> 6 * 7", "42");

        jsl.Type("8 * 9 junk");
        jsl.Press("Left", "Left", "Left", "Left", "Left", "C-k", "Enter");
        jsl.WaitForRows("jsl> 8 * 9", "72");

        jsl.Type("77 + 1");
        jsl.Press("Home", "DC", "End", "BSpace");
        jsl.Type("2");
        jsl.Press("Enter");
        jsl.WaitForRows("jsl> 7 + 2", "9");
    }

    [SkippableFact]
    public void History_comes_back_in_the_next_session_from_the_history_file()
    {
        using (var first = new TmuxSession(_home.Root))
        {
            first.Enter("21 * 2");
            first.WaitForRows("jsl> 21 * 2", "42");
            first.Enter("1 + 1");
            first.WaitForRows("jsl> 1 + 1", "2");
            first.Press("C-d");
            Assert.Equal(0, first.WaitForExit());
        }
        Assert.Equal(["21 * 2", "1 + 1"], File.ReadAllLines(HistoryFile));

        using var second = new TmuxSession(_home.Root);
        second.Press("Up", "Up");
        second.WaitForRow("jsl> 21 * 2");
        second.Press("Down");
        second.WaitForRow("jsl> 1 + 1");
        second.Press("Up", "Enter");
        second.WaitForRows("jsl> 21 * 2", "42");
    }

    [SkippableFact]
    public void Ctrl_r_finds_an_earlier_line_and_enter_runs_it_again()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("total = 40 + 2");
        jsl.WaitForRows("jsl> total = 40 + 2", "42");
        jsl.Enter("other = 1");
        jsl.WaitForRows("jsl> other = 1", "1");
        jsl.Press("C-r");
        jsl.Type("tot");
        jsl.WaitForRow("(reverse-i-search)'tot': total = 40 + 2");
        jsl.Press("C-e");
        jsl.Type(" + 1");
        jsl.Press("Enter");
        jsl.WaitForRows("jsl> total = 40 + 2 + 1", "43");
    }

    [SkippableFact]
    public void The_cursor_stands_where_the_next_character_goes_in_a_line_of_wide_characters()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Type("x = \"漢字\"");
        jsl.WaitForRow("jsl> x = \"漢字\"");
        // "jsl> " is 5 columns, x = " 5 more, and each ideograph 2: before 字 is column 12.
        jsl.Press("Left", "Left");
        jsl.WaitFor(_ => jsl.CursorColumn() == 12);
        jsl.Type("の");
        jsl.WaitForRow("jsl> x = \"漢の字\"");
        jsl.WaitFor(_ => jsl.CursorColumn() == 14);
        jsl.Press("Enter");
        jsl.WaitForRows("jsl> x = \"漢の字\"", "\"漢の字\"");
    }

    [SkippableFact]
    public void JSL_HISTORY_names_the_history_file()
    {
        var chosen = Path.Combine(_home.Root, "elsewhere", "history.txt");
        using var jsl = new TmuxSession(_home.Root, new Dictionary<string, string> { ["JSL_HISTORY"] = chosen });
        jsl.Enter("3 + 4");
        jsl.WaitForRows("jsl> 3 + 4", "7");
        jsl.Press("C-d");
        Assert.Equal(0, jsl.WaitForExit());
        Assert.Equal(["3 + 4"], File.ReadAllLines(chosen));
        Assert.False(File.Exists(HistoryFile));
    }

    [SkippableFact]
    public void Ctrl_c_cancels_a_running_loop_and_the_definitions_stay()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("f = Function( {x}, x + 1 );");
        jsl.WaitForRow("Function({x}, x + 1)");
        // Each entry says it has started, so that Ctrl-C is pressed while it runs; the loop says so
        // from inside, once k has grown, since a Ctrl-C that came before its first step (the first
        // run of a path is compiled on the JIT build, slow on a loaded machine) would leave k at 0.
        jsl.Enter("k = 0; While( 1, k++; If( k == 1000, Print( \"looping\" ) ) )");
        jsl.WaitForRow("\"looping\"");
        jsl.Press("C-c");
        jsl.WaitFor(screen => screen.Contains("The run was cancelled", StringComparison.Ordinal));
        jsl.Enter("f( 41 )");
        jsl.WaitForRows("jsl> f( 41 )", "42");
        jsl.Enter("k > 0");
        jsl.WaitForRows("jsl> k > 0", "1");
        jsl.Enter("Print( \"waiting\" ); Wait( 60 ); \"never\"");
        jsl.WaitForRow("\"waiting\"");
        jsl.Press("C-c");
        jsl.WaitFor(screen => Regex.Count(screen, "The run was cancelled") == 2);
        jsl.Enter("f( 1 )");
        jsl.WaitForRows("jsl> f( 1 )", "2");
    }

    [SkippableFact]
    public void Ctrl_c_stops_a_callback_that_runs_away_at_the_prompt()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("Schedule( 0.2, Print( \"spinning\" ); While( 1, 1 ) );");
        jsl.WaitForRow("\"spinning\"");
        jsl.Press("C-c");
        jsl.WaitFor(screen => screen.Contains("The run was cancelled", StringComparison.Ordinal));
        jsl.Enter("1 + 1");
        jsl.WaitForRows("jsl> 1 + 1", "2");
    }

    [SkippableFact]
    public void Ctrl_c_drops_a_partly_typed_line_and_an_unfinished_entry()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Type("1 + ");
        jsl.Press("C-c");
        jsl.WaitForRow("jsl> 1 + ^C");
        jsl.Enter("2 + 2");
        jsl.WaitForRows("jsl> 2 + 2", "4");

        jsl.Enter("For( i = 1, i <= 2, i++,");
        jsl.WaitForRow("...>");
        jsl.Press("C-c");
        jsl.WaitForRows("...> ^C", "jsl>");
        jsl.Enter("3");
        jsl.WaitForRows("jsl> 3", "3");
    }

    [SkippableFact]
    public void An_entry_continues_over_lines_while_its_brackets_are_open()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("For( i = 1, i <= 2, i++,");
        jsl.Enter("  Print( i ) )");
        jsl.WaitForRows("jsl> For( i = 1, i <= 2, i++,", "...>   Print( i ) )", "1", "2", "jsl>");
    }

    [SkippableFact]
    public void Names_default_to_here_carries_to_the_next_entry()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("Names Default To Here( 1 ); y = 5;");
        jsl.WaitForRows("jsl> Names Default To Here( 1 ); y = 5;", "5");
        jsl.Enter("y * 2");
        jsl.WaitForRows("jsl> y * 2", "10");
    }

    [SkippableFact]
    public void A_schedule_prints_while_the_prompt_waits_and_the_typed_line_is_redrawn()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("Schedule( 1.5, Print( \"tick\" ) );");
        jsl.WaitForRow("jsl> Schedule( 1.5, Print( \"tick\" ) );");
        jsl.Type("1 + ");
        // The typed text is on the screen before the schedule prints (else the test shows nothing).
        jsl.WaitFor(screen => screen.Split('\n') is var rows && rows.Contains("jsl> 1 +") && !rows.Contains("\"tick\""));
        // No Enter: the schedule's line appears above the prompt, and what was typed is kept.
        jsl.WaitForRows("\"tick\"", "jsl> 1 +");
        jsl.Type("41");
        jsl.Press("Enter");
        jsl.WaitForRows("jsl> 1 + 41", "42");
    }

    [SkippableFact]
    public void A_socket_callback_prints_at_the_prompt_without_enter()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("onData = Function( {r}, Print( \"got \" || Blob To Char( r[3] ) ) );");
        jsl.Enter("onAccept = Function( {r}, r[4] << Recv( 100, \"onData\" ) );");
        jsl.Enter("server = Socket( STREAM ); server << Bind( \"127.0.0.1\", \"0\" ); server << Listen();");
        jsl.Enter("server << Accept Fast( \"onAccept\" ); Print( \"port \" || (server << GetSockName)[4] );");
        var screen = jsl.WaitFor(s => PortLine().IsMatch(s));
        var port = int.Parse(PortLine().Match(screen).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        jsl.WaitForRow("jsl>");
        jsl.Type("2 *");
        jsl.WaitForRow("jsl> 2 *");

        using var peer = new TcpClient();
        Assert.True(peer.ConnectAsync(IPAddress.Loopback, port).Wait(TmuxSession.Limit), "could not connect to the REPL's server");
        peer.GetStream().Write("hello"u8);

        jsl.WaitForRows("\"got hello\"", "jsl> 2 *");
        jsl.Enter(" 21");
        jsl.WaitForRows("jsl> 2 * 21", "42");
    }

    [SkippableFact]
    public void Ctrl_d_on_an_empty_line_leaves_on_a_new_line()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("x = 1;");
        jsl.WaitForRow("1");
        jsl.Type("2");
        // With text on the line Ctrl-D deletes under the cursor (nothing there): the session stays.
        jsl.Press("C-d", "BSpace", "C-d");
        Assert.Equal(0, jsl.WaitForExit());
        jsl.WaitForRows("jsl>", "[jsl exited 0]");
    }

    [SkippableFact]
    public void Quit_with_a_status_ends_the_session_with_it()
    {
        using var jsl = new TmuxSession(_home.Root);
        jsl.Enter("Quit( 3 )");
        Assert.Equal(3, jsl.WaitForExit());
    }

    [GeneratedRegex("\"port (\\d+)\"")]
    private static partial Regex PortLine();
}
