namespace Jsl.Cli.Interactive;

/// <summary>
/// Which key does what at the prompt: the arrows, Home/End, Backspace/Delete and the Emacs-style
/// control keys of readline (Ctrl-A/E/B/F/W/U/K/P/N/D/L/H, Ctrl-R to search the history and Ctrl-G or Esc to leave the search), one table for the editor and the docs.
/// </summary>
internal static class KeyBindings
{
    /// <summary>The action for <paramref name="key"/> as <see cref="Console.ReadKey(bool)"/> reports it.</summary>
    public static EditAction ActionFor(ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.LeftArrow: return EditAction.Left;
            case ConsoleKey.RightArrow: return EditAction.Right;
            case ConsoleKey.UpArrow: return EditAction.HistoryPrevious;
            case ConsoleKey.DownArrow: return EditAction.HistoryNext;
            case ConsoleKey.Home: return EditAction.Home;
            case ConsoleKey.End: return EditAction.End;
            case ConsoleKey.Backspace: return EditAction.DeleteBefore;
            case ConsoleKey.Delete: return EditAction.DeleteUnder;
            case ConsoleKey.Enter: return EditAction.Accept;
            case ConsoleKey.Tab: return EditAction.InsertTab;
            case ConsoleKey.Escape: return EditAction.Escape;
        }
        // A control key arrives as its control character; the letter is read from it rather than
        // from key.Key, which terminals report less consistently.
        var c = key.KeyChar;
        if (c is >= '\x01' and <= '\x1a') return ControlLetter((char)('A' + c - 1));
        if (c == '\x7f') return EditAction.DeleteBefore;
        if ((key.Modifiers & ConsoleModifiers.Control) != 0 && key.Key is >= ConsoleKey.A and <= ConsoleKey.Z) return ControlLetter((char)('A' + (key.Key - ConsoleKey.A)));
        return char.IsControl(c) || c == '\0' ? EditAction.None : EditAction.Insert;
    }

    private static EditAction ControlLetter(char letter) => letter switch
    {
        'A' => EditAction.Home,
        'E' => EditAction.End,
        'B' => EditAction.Left,
        'F' => EditAction.Right,
        'H' => EditAction.DeleteBefore,
        'D' => EditAction.EndOfInputOrDelete,
        'W' => EditAction.DeleteWordBefore,
        'U' => EditAction.DeleteToStart,
        'K' => EditAction.DeleteToEnd,
        'P' => EditAction.HistoryPrevious,
        'N' => EditAction.HistoryNext,
        'L' => EditAction.ClearScreen,
        'R' => EditAction.SearchHistory,
        'G' => EditAction.Abort,
        'C' => EditAction.Cancel,
        'I' => EditAction.InsertTab,
        'J' or 'M' => EditAction.Accept,
        _ => EditAction.None,
    };
}
