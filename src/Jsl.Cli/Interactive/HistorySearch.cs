namespace Jsl.Cli.Interactive;

/// <summary>
/// Ctrl-R's incremental search of the history, as readline's reverse-i-search works: each
/// character typed narrows the search to the newest line that contains what is typed so far,
/// Ctrl-R again goes on to older lines, Backspace widens it again. The editor shows the line
/// found in the buffer while the search lasts; <see cref="TerminalLineEditor"/> decides which
/// keys end it.
/// </summary>
internal sealed class HistorySearch(LineHistory history, string originalLine, int originalCursor)
{
    private string _query = "";

    /// <summary>The index in the history of the line shown; -1 before anything was found.</summary>
    public int Match { get; private set; } = -1;

    /// <summary>True when no line (older than the one shown) contains the query.</summary>
    public bool Failing { get; private set; }

    /// <summary>The line the user had typed when the search began, put back by <see cref="EditAction.Abort"/>.</summary>
    public string OriginalLine => originalLine;

    /// <summary>Where the cursor was in <see cref="OriginalLine"/>.</summary>
    public int OriginalCursor => originalCursor;

    /// <summary>What stands before the line while the search lasts, in readline's words.</summary>
    public string Prompt => (Failing ? "(failed reverse-i-search)'" : "(reverse-i-search)'") + _query + "': ";

    /// <summary>The line to show: the one found, else the line typed before the search.</summary>
    public string Line => Match >= 0 ? history[Match] : originalLine;

    /// <summary>Where the cursor goes in <see cref="Line"/>: at the start of what matched.</summary>
    public int Cursor
    {
        get
        {
            if (Match < 0) return originalCursor;
            var at = _query.Length == 0 ? -1 : Line.IndexOf(_query, StringComparison.OrdinalIgnoreCase);
            return at >= 0 ? at : Line.Length;
        }
    }

    /// <summary>Adds <paramref name="text"/> to the query; the line shown still matches or an older one is found.</summary>
    public void Extend(string text)
    {
        _query += text;
        // The line shown is searched again first: it may still contain the longer query.
        Search(Match >= 0 ? Match + 1 : history.Count);
    }

    /// <summary>Drops the last character of the query and searches again from the newest line; false when it was empty.</summary>
    public bool Shorten()
    {
        if (_query.Length == 0) return false;
        _query = _query[..^1];
        if (_query.Length == 0)
        {
            Match = -1;
            Failing = false;
            return true;
        }
        Search(history.Count);
        return true;
    }

    /// <summary>Ctrl-R again: the next older line with the query (the last search's query when none is typed yet).</summary>
    public void Older()
    {
        if (_query.Length == 0)
        {
            if (history.LastSearch.Length == 0) return;
            _query = history.LastSearch;
            Search(history.Count);
            return;
        }
        Search(Match >= 0 ? Match : history.Count);
    }

    // Finds the newest line before index `before` with the query; a miss keeps the line shown.
    private void Search(int before)
    {
        history.LastSearch = _query;
        var found = history.FindOlder(_query, before);
        Failing = found < 0;
        if (found >= 0) Match = found;
    }
}
