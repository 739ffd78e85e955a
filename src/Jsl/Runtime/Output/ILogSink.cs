namespace Jsl;

/// <summary>Where a script's log goes. A host plugs its own in; the <c>jsl</c> command writes to stdout.</summary>
public interface ILogSink
{
    /// <summary>A whole log line (from <c>Print</c>, <c>Show</c>): JMP starts it on a new line.</summary>
    void WriteLine(string line);

    /// <summary>Raw text (from <c>Write</c>): no line break added.</summary>
    void Write(string text);

    /// <summary>Pushes buffered output out (called before the runtime waits, idles or ends).</summary>
    void Flush();
}
