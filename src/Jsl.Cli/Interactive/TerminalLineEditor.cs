namespace Jsl.Cli.Interactive;

/// <summary>
/// Draws the prompt and the line being typed on the terminal and applies keys to it
/// (<see cref="KeyBindings"/>, <see cref="LineBuffer"/>, <see cref="LineHistory"/>). Output that
/// arrives while the prompt is shown (a background callback's <c>Print</c>) first hides the
/// prompt (<see cref="HideForOutput"/>); the loop redraws it after (<see cref="ShowAgain"/>).
/// Draws with the few ANSI sequences every terminal emulator knows: carriage return, erase to
/// the end of the line (<c>ESC [K</c>), cursor left (<c>ESC [nD</c>), clear screen. Ctrl-R
/// searches the history (<see cref="HistorySearch"/>); columns are counted as the terminal
/// draws them (<see cref="TextColumns"/>: a CJK character or an emoji takes two).
/// </summary>
internal sealed class TerminalLineEditor(TextWriter terminal, LineHistory history)
{
    /// <summary>Spaces a Tab inserts. Decision: spaces, so the cursor arithmetic stays one column a character.</summary>
    private const string TabSpaces = "    ";

    private readonly LineBuffer _line = new();
    private string _prompt = "";
    private bool _atLineStart = true;
    private HistorySearch? _search;

    /// <summary>True while the prompt and the line are on the screen.</summary>
    public bool IsShown { get; private set; }

    /// <summary>The line Enter accepted (after <see cref="EditOutcome.Accepted"/>).</summary>
    public string AcceptedLine { get; private set; } = "";

    /// <summary>Starts a new line after <paramref name="prompt"/>.</summary>
    public void Begin(string prompt)
    {
        _prompt = prompt;
        _search = null;
        _line.Replace("");
        history.ResetNavigation();
        Draw();
    }

    /// <summary>Applies <paramref name="key"/> and redraws; says whether the line is done.</summary>
    public EditOutcome Handle(ConsoleKeyInfo key)
    {
        var action = KeyBindings.ActionFor(key);
        if (_search is not null && HandleSearch(action, key.KeyChar)) return EditOutcome.Editing;
        switch (action)
        {
            case EditAction.Accept:
                AcceptedLine = _line.Text;
                EndLine("");
                history.Add(AcceptedLine);
                return EditOutcome.Accepted;
            case EditAction.Cancel:
                EndLine("^C");
                return EditOutcome.Cancelled;
            case EditAction.EndOfInputOrDelete when _line.Length == 0:
                EndLine("");
                return EditOutcome.EndOfInput;
            case EditAction.ClearScreen:
                terminal.Write("\x1b[H\x1b[2J");
                Draw();
                return EditOutcome.Editing;
        }
        if (Apply(action, key.KeyChar)) Draw();
        return EditOutcome.Editing;
    }

    /// <summary>Before output the editor did not write: clears the prompt's line so the output starts at its left edge.</summary>
    public void HideForOutput()
    {
        if (!IsShown) return;
        terminal.Write("\r\x1b[K");
        terminal.Flush();
        IsShown = false;
        _atLineStart = true;
    }

    /// <summary>After such output: notes whether it left its last line open.</summary>
    public void NoteOutput(char last) => _atLineStart = last == '\n';

    /// <summary>Draws the prompt and the partly typed line again, on a line of their own, after output hid them.</summary>
    public void ShowAgain()
    {
        if (IsShown) return;
        if (!_atLineStart) terminal.Write('\n');
        Draw();
    }

    /// <summary>Clears what the editor drew when the session ends in the middle of a line (<c>Quit()</c> from a callback).</summary>
    public void Abandon()
    {
        if (IsShown) EndLine("");
    }

    /// <summary>
    /// A key while Ctrl-R's search lasts; true when the search used it. Typing, Backspace and
    /// Ctrl-R change the search; Ctrl-G puts the line back as it was; Esc keeps the line found;
    /// any other key keeps the line found and then does what it does outside a search (Enter
    /// runs it, Left starts editing it, Up goes on from it), as in readline.
    /// </summary>
    private bool HandleSearch(EditAction action, char typed)
    {
        var search = _search!;
        switch (action)
        {
            case EditAction.Insert:
                search.Extend(typed.ToString());
                break;
            case EditAction.InsertTab:
                search.Extend(TabSpaces);
                break;
            case EditAction.DeleteBefore:
                search.Shorten();
                break;
            case EditAction.SearchHistory:
                search.Older();
                break;
            case EditAction.Abort:
                _search = null;
                _line.Replace(search.OriginalLine, search.OriginalCursor);
                Draw();
                return true;
            case EditAction.ClearScreen:
                return false;
            case EditAction.None:
                return true;
            default:
                _search = null;
                if (search.Match >= 0) history.MoveTo(search.Match, search.OriginalLine);
                // The usual prompt comes back even when the key then changes nothing.
                Draw();
                return action == EditAction.Escape;
        }
        _line.Replace(search.Line, search.Cursor);
        Draw();
        return true;
    }

    private bool Apply(EditAction action, char typed) => action switch
    {
        EditAction.Insert => Inserted(typed),
        EditAction.InsertTab => Inserted(TabSpaces),
        EditAction.Left => _line.MoveLeft(),
        EditAction.Right => _line.MoveRight(),
        EditAction.Home => _line.MoveHome(),
        EditAction.End => _line.MoveEnd(),
        EditAction.DeleteBefore => _line.DeleteBefore(),
        EditAction.DeleteUnder or EditAction.EndOfInputOrDelete => _line.DeleteUnder(),
        EditAction.DeleteWordBefore => _line.DeleteWordBefore(),
        EditAction.DeleteToStart => _line.DeleteToStart(),
        EditAction.DeleteToEnd => _line.DeleteToEnd(),
        EditAction.HistoryPrevious => Recalled(history.Previous(_line.Text)),
        EditAction.HistoryNext => Recalled(history.Next()),
        EditAction.SearchHistory => SearchBegun(),
        _ => false,
    };

    private bool Inserted(char c)
    {
        _line.Insert(c);
        return true;
    }

    private bool Inserted(string text)
    {
        _line.Insert(text);
        return true;
    }

    private bool SearchBegun()
    {
        _search = new HistorySearch(history, _line.Text, _line.Cursor);
        return true;
    }

    private bool Recalled(string? line)
    {
        if (line is null) return false;
        _line.Replace(line);
        return true;
    }

    /// <summary>Shows the whole line with the cursor after it, then <paramref name="mark"/> and a line end.</summary>
    private void EndLine(string mark)
    {
        _line.MoveEnd();
        Draw();
        terminal.Write(mark);
        terminal.Write('\n');
        terminal.Flush();
        IsShown = false;
        _atLineStart = true;
    }

    /// <summary>
    /// Redraws the prompt's row. A line wider than the terminal scrolls sideways so the cursor
    /// stays in view. Decision: one row, never wrapped, so that a carriage return always reaches
    /// the prompt's start whatever the terminal's width (as zsh and fish do for long lines, roughly).
    /// Widths are in columns, and the row is cut only between characters as the user sees them,
    /// so a two-column character is never split at the edge.
    /// </summary>
    private void Draw()
    {
        var prompt = _search?.Prompt ?? _prompt;
        var room = Math.Max(8, TerminalWidth() - TextColumns.Of(prompt) - 1);
        var text = _line.Text;
        var cursor = _line.Cursor;
        // The leftmost character shown: as far left as keeps the cursor in view.
        var start = 0;
        var beforeCursor = TextColumns.Of(text, 0, cursor);
        while (beforeCursor > room)
        {
            var next = TextColumns.NextBoundary(text, start);
            beforeCursor -= TextColumns.Of(text, start, next);
            start = next;
        }
        // Then as many characters after the cursor as still fit.
        var end = cursor;
        var used = beforeCursor;
        while (end < text.Length)
        {
            var next = TextColumns.NextBoundary(text, end);
            var width = TextColumns.Of(text, end, next);
            if (used + width > room) break;
            used += width;
            end = next;
        }
        terminal.Write('\r');
        terminal.Write(prompt);
        terminal.Write(text.AsSpan(start, end - start));
        terminal.Write("\x1b[K");
        var back = TextColumns.Of(text, cursor, end);
        if (back > 0) terminal.Write($"\x1b[{back}D");
        terminal.Flush();
        IsShown = true;
    }

    private static int TerminalWidth()
    {
        try
        {
            var width = Console.WindowWidth;
            return width > 0 ? width : 80;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return 80;
        }
    }
}
