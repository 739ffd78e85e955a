using System.Text.RegularExpressions;
using Jsl.Cli.Interactive;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>
/// The line editor driven key by key with its drawing captured (no terminal: the width is then
/// the default 80 columns): Ctrl-R's search, and lines of wide characters.
/// </summary>
public sealed partial class TerminalLineEditorTests
{
    private readonly StringWriter _screen = new();

    private static ConsoleKeyInfo Typed(char c) => new(c, 0, false, false, false);

    private static ConsoleKeyInfo Control(char letter) => new((char)(letter - 'A' + 1), ConsoleKey.A + (letter - 'A'), false, false, true);

    private static ConsoleKeyInfo Key(ConsoleKey key, char c = '\0') => new(c, key, false, false, false);

    private static LineHistory HistoryOf(params string[] lines)
    {
        var history = LineHistory.Load(null);
        foreach (var line in lines) history.Add(line);
        return history;
    }

    private static EditOutcome Press(TerminalLineEditor editor, params ConsoleKeyInfo[] keys)
    {
        var outcome = EditOutcome.Editing;
        foreach (var key in keys) outcome = editor.Handle(key);
        return outcome;
    }

    private static ConsoleKeyInfo[] Text(string text) => text.Select(Typed).ToArray();

    // What the last redraw put on the row: the text after its last carriage return, escapes removed.
    private string LastRow()
    {
        var all = _screen.ToString();
        var row = all[(all.LastIndexOf('\r') + 1)..];
        return Escapes().Replace(row, "");
    }

    [GeneratedRegex("\x1b\\[[0-9]*[A-Za-z]")]
    private static partial Regex Escapes();

    [Fact]
    public void Ctrl_r_finds_a_line_by_what_it_contains_and_enter_runs_it()
    {
        var editor = new TerminalLineEditor(_screen, HistoryOf("x = 1;", "skt = Socket();", "y = 2;"));
        editor.Begin("jsl> ");
        Press(editor, Control('R'));
        Assert.Equal("(reverse-i-search)'': ", LastRow());
        Press(editor, Text("sock"));
        Assert.Equal("(reverse-i-search)'sock': skt = Socket();", LastRow());
        Assert.Equal(EditOutcome.Accepted, Press(editor, Key(ConsoleKey.Enter, '\r')));
        Assert.Equal("skt = Socket();", editor.AcceptedLine);
        Assert.Equal("jsl> skt = Socket();", LastRow().TrimEnd('\n'));
    }

    [Fact]
    public void Ctrl_g_puts_back_the_line_typed_before_the_search()
    {
        var editor = new TerminalLineEditor(_screen, HistoryOf("Print( 1 );"));
        editor.Begin("jsl> ");
        Press(editor, Text("2 + 2"));
        Press(editor, Control('R'));
        Press(editor, Text("print"));
        Assert.Equal("(reverse-i-search)'print': Print( 1 );", LastRow());
        Press(editor, Control('G'));
        Assert.Equal("jsl> 2 + 2", LastRow());
        Assert.Equal(EditOutcome.Accepted, Press(editor, Key(ConsoleKey.Enter, '\r')));
        Assert.Equal("2 + 2", editor.AcceptedLine);
    }

    [Fact]
    public void An_editing_key_ends_the_search_and_edits_the_line_found()
    {
        var editor = new TerminalLineEditor(_screen, HistoryOf("n = 10;", "m = 20;"));
        editor.Begin("jsl> ");
        Press(editor, Control('R'));
        Press(editor, Text("n ="));
        Press(editor, Control('E'), Key(ConsoleKey.Backspace, '\x7f'), Key(ConsoleKey.Backspace, '\x7f'));
        Press(editor, Text("5;"));
        Assert.Equal("jsl> n = 15;", LastRow());
        Press(editor, Key(ConsoleKey.Enter, '\r'));
        Assert.Equal("n = 15;", editor.AcceptedLine);
    }

    [Fact]
    public void A_line_of_wide_characters_scrolls_within_the_row_and_is_cut_between_characters()
    {
        var editor = new TerminalLineEditor(_screen, HistoryOf());
        editor.Begin("jsl> ");
        var wide = string.Concat(Enumerable.Repeat("漢", 60));
        Press(editor, Text(wide));
        var row = LastRow();
        Assert.StartsWith("jsl> ", row);
        // 80 columns less the prompt and the cursor's own column: 74, so 37 two-column characters.
        Assert.Equal(5 + 74, TextColumns.Of(row));
        Press(editor, Control('A'));
        Assert.Equal(5 + 74, TextColumns.Of(LastRow()));
        Assert.EndsWith("\x1b[74D", _screen.ToString());
    }
}
