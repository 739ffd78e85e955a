namespace Jsl.Syntax;

/// <summary>
/// Turns character offsets into 1-based line and column. CR LF, LF and CR each end a line;
/// columns count UTF-16 chars (a tab is one column).
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = [0];
    private readonly string fileName;

    public LineMap(string text, string fileName)
    {
        this.fileName = fileName;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public SourcePosition PositionOf(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        return new SourcePosition(fileName, index + 1, offset - lineStarts[index] + 1);
    }
}
