using System.Text;

namespace Jsl.Cli.Interactive;

/// <summary>
/// The line being typed at the prompt and the cursor in it, with the editing operations the keys
/// stand for (<see cref="KeyBindings"/>). Knows nothing of the terminal: <see cref="TerminalLineEditor"/> draws it.
/// </summary>
internal sealed class LineBuffer
{
    private readonly StringBuilder _text = new();

    /// <summary>Where the next typed character goes: 0 before the first, <see cref="Length"/> after the last.</summary>
    public int Cursor { get; private set; }

    /// <summary>Number of characters in the line.</summary>
    public int Length => _text.Length;

    /// <summary>The whole line.</summary>
    public string Text => _text.ToString();

    /// <summary>Inserts <paramref name="c"/> at the cursor and moves past it.</summary>
    public void Insert(char c) => _text.Insert(Cursor++, c);

    /// <summary>Inserts <paramref name="text"/> at the cursor and moves past it.</summary>
    public void Insert(string text)
    {
        _text.Insert(Cursor, text);
        Cursor += text.Length;
    }

    /// <summary>One character left; false at the start.</summary>
    public bool MoveLeft() => Cursor > 0 && Move(TextColumns.PreviousBoundary(Text, Cursor));

    /// <summary>One character right; false at the end.</summary>
    public bool MoveRight() => Cursor < Length && Move(TextColumns.NextBoundary(Text, Cursor));

    /// <summary>To the start of the line.</summary>
    public bool MoveHome() => Move(0);

    /// <summary>To the end of the line.</summary>
    public bool MoveEnd() => Move(Length);

    /// <summary>Deletes the character before the cursor; false at the start.</summary>
    public bool DeleteBefore() => Cursor > 0 && DeleteRange(TextColumns.PreviousBoundary(Text, Cursor), Cursor);

    /// <summary>Deletes the character under the cursor; false at the end.</summary>
    public bool DeleteUnder() => Cursor < Length && DeleteRange(Cursor, TextColumns.NextBoundary(Text, Cursor));

    /// <summary>
    /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
    /// Decision: a word ends at white space, as readline's unix-word-rubout and a shell's Ctrl-W
    /// do, so <c>Print( x</c> loses <c>x</c> and then <c>Print(</c>.
    /// </summary>
    public bool DeleteWordBefore()
    {
        var start = Cursor;
        while (start > 0 && char.IsWhiteSpace(_text[start - 1])) start--;
        while (start > 0 && !char.IsWhiteSpace(_text[start - 1])) start--;
        return DeleteRange(start, Cursor);
    }

    /// <summary>Deletes from the start of the line to the cursor (Ctrl-U).</summary>
    public bool DeleteToStart() => DeleteRange(0, Cursor);

    /// <summary>Deletes from the cursor to the end of the line (Ctrl-K).</summary>
    public bool DeleteToEnd() => DeleteRange(Cursor, Length);

    /// <summary>Makes the line <paramref name="text"/> with the cursor at its end (a line recalled from history).</summary>
    public void Replace(string text) => Replace(text, text.Length);

    /// <summary>Makes the line <paramref name="text"/> with the cursor at <paramref name="cursor"/> (a line found by a search).</summary>
    public void Replace(string text, int cursor)
    {
        _text.Clear().Append(text);
        Cursor = Math.Clamp(cursor, 0, text.Length);
    }

    private bool DeleteRange(int start, int end)
    {
        if (end <= start) return false;
        _text.Remove(start, end - start);
        Cursor = start;
        return true;
    }

    private bool Move(int to)
    {
        if (to == Cursor) return false;
        Cursor = to;
        return true;
    }
}
