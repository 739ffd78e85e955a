namespace Jsl.Cli.Interactive;

/// <summary>
/// The lines typed at the prompt, oldest first, walked with Up and Down, and kept in a file
/// (<c>~/.jsl_history</c>, or <c>$JSL_HISTORY</c>) so the next session has them too: one line
/// of the file per line typed, at most <see cref="MaxLines"/> of them (the oldest go first).
/// Decision: history holds lines, not whole entries, as Python's and tclsh's prompts do: a
/// line of a multi-line entry comes back alone, and the file stays one entry a line.
/// </summary>
internal sealed class LineHistory
{
    /// <summary>The most lines kept, in memory and in the file.</summary>
    public const int MaxLines = 1000;

    /// <summary>The environment variable naming the history file; set and empty, no file is kept.</summary>
    public const string PathVariable = "JSL_HISTORY";

    private readonly List<string> _lines;
    private readonly string? _path;
    private bool _warned;

    // Where Up and Down are: _lines.Count is the line being typed (the draft), not yet in history.
    private int _position;
    private string _draft = "";

    private LineHistory(List<string> lines, string? path)
    {
        _lines = lines;
        _path = path;
        _position = lines.Count;
    }

    /// <summary>Number of lines held.</summary>
    public int Count => _lines.Count;

    /// <summary>
    /// The history file: <c>$JSL_HISTORY</c> when set (no file when it is empty), else
    /// <c>.jsl_history</c> in the home folder; null when there is neither.
    /// </summary>
    public static string? DefaultPath()
    {
        var chosen = Environment.GetEnvironmentVariable(PathVariable);
        if (chosen is not null) return chosen.Length == 0 ? null : chosen;
        var home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".jsl_history");
    }

    /// <summary>The history kept in <paramref name="path"/> (empty when the file is missing or unreadable); null keeps none.</summary>
    public static LineHistory Load(string? path)
    {
        var lines = new List<string>();
        if (path is not null)
        {
            try
            {
                if (File.Exists(path)) lines.AddRange(File.ReadAllLines(path).Where(l => l.Length > 0));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"jsl: cannot read the history file {path}: {e.Message}");
            }
        }
        var history = new LineHistory(lines, path);
        if (lines.Count > MaxLines) history.Trim(rewriteFile: true);
        return history;
    }

    /// <summary>
    /// Adds a line typed at the prompt and appends it to the file. Blank lines and a repeat of
    /// the line before are not kept. Up and Down start again from the newest line.
    /// </summary>
    public void Add(string line)
    {
        ResetNavigation();
        if (line.Trim().Length == 0 || (_lines.Count > 0 && _lines[^1] == line)) return;
        _lines.Add(line);
        var rewrite = _lines.Count > MaxLines;
        Trim(rewrite);
        if (!rewrite) Save(() => File.AppendAllText(_path!, line + "\n"));
        _position = _lines.Count;
    }

    /// <summary>The line before the one shown (<paramref name="shown"/> is kept as the draft when leaving it); null at the oldest.</summary>
    public string? Previous(string shown)
    {
        if (_position == 0) return null;
        if (_position == _lines.Count) _draft = shown;
        return _lines[--_position];
    }

    /// <summary>The line after the one shown, the draft after the newest; null when already at the draft.</summary>
    public string? Next()
    {
        if (_position >= _lines.Count) return null;
        _position++;
        return _position == _lines.Count ? _draft : _lines[_position];
    }

    /// <summary>What the last Ctrl-R search looked for: Ctrl-R on an empty search repeats it, as in readline.</summary>
    public string LastSearch { get; set; } = "";

    /// <summary>The line at <paramref name="index"/> (0 the oldest).</summary>
    public string this[int index] => _lines[index];

    /// <summary>
    /// The newest line older than <paramref name="before"/> that contains <paramref name="query"/>
    /// (Ctrl-R's search; <see cref="Count"/> searches them all); -1 when none does.
    /// Decision: the search ignores case, as JSL's own names do, so <c>print</c> finds
    /// <c>Print( x )</c>.
    /// </summary>
    public int FindOlder(string query, int before)
    {
        for (var i = Math.Min(before, _lines.Count) - 1; i >= 0; i--)
        {
            if (_lines[i].Contains(query, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Up and Down go on from the line at <paramref name="index"/> (the one a search found and the
    /// user kept); <paramref name="draft"/> is the line Down comes back to after the newest.
    /// </summary>
    public void MoveTo(int index, string draft)
    {
        _position = Math.Clamp(index, 0, _lines.Count);
        _draft = draft;
    }

    /// <summary>Up and Down start again from the newest line (a new line is being typed).</summary>
    public void ResetNavigation()
    {
        _position = _lines.Count;
        _draft = "";
    }

    private void Trim(bool rewriteFile)
    {
        if (_lines.Count > MaxLines) _lines.RemoveRange(0, _lines.Count - MaxLines);
        if (rewriteFile) Save(() => File.WriteAllLines(_path!, _lines));
    }

    /// <summary>
    /// Writes the file. Decision: a history file that cannot be written is reported once, on
    /// stderr, and the session goes on without it (history is a convenience, not the work).
    /// </summary>
    private void Save(Action write)
    {
        if (_path is null) return;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(_path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (_warned) return;
            _warned = true;
            Console.Error.WriteLine($"jsl: cannot write the history file {_path}: {e.Message}");
        }
    }
}
