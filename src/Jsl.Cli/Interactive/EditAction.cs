namespace Jsl.Cli.Interactive;

/// <summary>What a key asks the line editor to do (<see cref="KeyBindings"/> maps keys to these).</summary>
internal enum EditAction
{
    /// <summary>A key that does nothing at the prompt (a function key, an unbound control key).</summary>
    None,
    /// <summary>Insert the key's character at the cursor.</summary>
    Insert,
    /// <summary>Insert spaces for a Tab.</summary>
    InsertTab,
    Left,
    Right,
    Home,
    End,
    /// <summary>Delete the character before the cursor (Backspace, Ctrl-H).</summary>
    DeleteBefore,
    /// <summary>Delete the character under the cursor (Delete).</summary>
    DeleteUnder,
    /// <summary>Ctrl-D: leave on an empty line, else delete the character under the cursor.</summary>
    EndOfInputOrDelete,
    DeleteWordBefore,
    DeleteToStart,
    DeleteToEnd,
    HistoryPrevious,
    HistoryNext,
    /// <summary>Enter: the line is done.</summary>
    Accept,
    /// <summary>Ctrl-C: drop the line (and the entry it continues).</summary>
    Cancel,
    /// <summary>Ctrl-L: clear the screen, keep the line.</summary>
    ClearScreen,
    /// <summary>Ctrl-R: search the history backwards for what is typed next (again: the next older match).</summary>
    SearchHistory,
    /// <summary>Ctrl-G: leave the search and put back the line as it was before it.</summary>
    Abort,
    /// <summary>Esc: leave the search and keep the line it found.</summary>
    Escape,
}
