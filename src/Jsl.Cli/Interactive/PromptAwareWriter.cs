using System.Text;

namespace Jsl.Cli.Interactive;

/// <summary>
/// stdout or stderr as the engine sees them in the interactive loop on a terminal: a write
/// while the prompt is shown (a background callback printing while the user types) first
/// clears the prompt's row, so the output is not drawn over it; the loop redraws the prompt
/// and the partly typed line after (<see cref="TerminalLineEditor.ShowAgain"/>). Written only
/// from the script's thread, as the editor is.
/// </summary>
internal sealed class PromptAwareWriter(TextWriter inner, TerminalLineEditor editor) : TextWriter
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        editor.HideForOutput();
        inner.Write(value);
        editor.NoteOutput(value);
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        editor.HideForOutput();
        inner.Write(value);
        editor.NoteOutput(value[^1]);
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        if (count == 0) return;
        editor.HideForOutput();
        inner.Write(buffer, index, count);
        editor.NoteOutput(buffer[index + count - 1]);
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    /// <inheritdoc/>
    public override void WriteLine() => Write("\n");

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();
}
