using System.Text;

namespace Jsl.Runtime.Output;

/// <summary>
/// The lines the log has shown, as JMP's log window holds them: <c>Print</c> and <c>Show</c> start
/// a line each, <c>Write</c> continues the current one and breaks it at its newlines.
/// </summary>
/// <remarks>
/// Decision: the history keeps the last <see cref="MaxLines"/> lines (a long-running server must
/// not grow without bound for a log nobody reads); <c>Get Log</c> sees those.
/// </remarks>
internal sealed class LogHistory
{
    /// <summary>How many lines are kept.</summary>
    public const int MaxLines = 100_000;

    private readonly Queue<string> _lines = new();
    private readonly StringBuilder _partial = new();
    private bool _hasPartial;

    /// <summary>A whole line: it ends any line <c>Write</c> left open.</summary>
    public void Line(string text)
    {
        EndPartial();
        foreach (var part in text.Split('\n')) Add(part.TrimEnd('\r'));
    }

    /// <summary>Raw text: continues the open line; each newline ends one.</summary>
    public void Write(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            _partial.Append(text, start, i - start);
            _hasPartial = true;
            EndPartial(keepEmpty: true);
            start = i + 1;
        }
        if (start < text.Length)
        {
            _partial.Append(text, start, text.Length - start);
            _hasPartial = true;
        }
    }

    /// <summary>Every kept line, oldest first, with the open line last.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var all = new List<string>(_lines);
            if (_hasPartial) all.Add(_partial.ToString());
            return all;
        }
    }

    /// <summary>Forgets every line (<c>Clear Log</c>).</summary>
    public void Clear()
    {
        _lines.Clear();
        _partial.Clear();
        _hasPartial = false;
    }

    private void EndPartial(bool keepEmpty = false)
    {
        if (!_hasPartial && !keepEmpty) return;
        Add(_partial.ToString().TrimEnd('\r'));
        _partial.Clear();
        _hasPartial = false;
    }

    private void Add(string line)
    {
        if (_lines.Count == MaxLines) _lines.Dequeue();
        _lines.Enqueue(line);
    }
}
