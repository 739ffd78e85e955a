using System.Text;

namespace Jsl.Runtime.Output;

/// <summary>
/// The script's log: forwards to the host's sink, or, inside <c>Log Capture(...)</c>, collects
/// JMP's exact characters (a newline before each printed line) instead.
/// </summary>
internal sealed class Log(ILogSink sink)
{
    private readonly Stack<StringBuilder> _captures = new();

    /// <summary>The sink output goes to when nothing is capturing.</summary>
    public ILogSink Sink { get; set; } = sink;

    /// <summary>What the log has shown, for <c>Get Log</c> and <c>Save Log</c> (captured text is not shown, so not kept).</summary>
    public LogHistory History { get; } = new();

    /// <summary>Writes a printed line.</summary>
    public void Line(string text)
    {
        if (_captures.Count > 0)
        {
            _captures.Peek().Append(Environment.NewLine).Append(text);
            return;
        }
        History.Line(text);
        Sink.WriteLine(text);
    }

    /// <summary>Writes raw text.</summary>
    public void Write(string text)
    {
        if (_captures.Count > 0)
        {
            _captures.Peek().Append(text);
            return;
        }
        History.Write(text);
        Sink.Write(text);
    }

    /// <summary>Starts capturing (nested captures each get their own text).</summary>
    public void BeginCapture() => _captures.Push(new StringBuilder());

    /// <summary>Stops the innermost capture and returns what it collected.</summary>
    public string EndCapture() => _captures.Pop().ToString();

    /// <summary>Flushes the sink.</summary>
    public void Flush() => Sink.Flush();
}
