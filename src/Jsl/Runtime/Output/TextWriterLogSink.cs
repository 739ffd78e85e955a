namespace Jsl;

/// <summary>
/// Writes the log to a text stream line by line (output.md §10.1): JMP puts the line break
/// before each printed line, which would leave every line unterminated until the next; here a
/// printed line ends the current line first if <c>Write</c> left it open, then is written with its
/// own line end, so a reader of the stream sees each line as soon as it is printed.
/// </summary>
public sealed class TextWriterLogSink(TextWriter writer) : ILogSink
{
    private bool _lineOpen;

    /// <inheritdoc/>
    public void WriteLine(string line)
    {
        if (_lineOpen) writer.Write('\n');
        writer.Write(line);
        writer.Write('\n');
        _lineOpen = false;
    }

    /// <inheritdoc/>
    public void Write(string text)
    {
        if (text.Length == 0) return;
        writer.Write(text);
        _lineOpen = text[^1] != '\n';
    }

    /// <summary>Ends a line that <c>Write</c> left open (at the end of a run).</summary>
    public void Finish()
    {
        if (_lineOpen) writer.Write('\n');
        _lineOpen = false;
        writer.Flush();
    }

    /// <inheritdoc/>
    public void Flush() => writer.Flush();
}
