namespace Jsl.Embedding.Tests;

/// <summary>A host's log sink: keeps each printed line.</summary>
internal sealed class CollectingLog : ILogSink
{
    private readonly System.Text.StringBuilder _open = new();

    public List<string> Lines { get; } = [];

    public void WriteLine(string line)
    {
        if (_open.Length > 0)
        {
            Lines.Add(_open.ToString());
            _open.Clear();
        }
        Lines.Add(line);
    }

    public void Write(string text) => _open.Append(text);

    public void Flush()
    {
    }
}
