using Jsl.Runtime.Output;

namespace Jsl.Tests.Fuzz;

/// <summary>A log that keeps nothing: a fuzzed script may print in a loop, and only its failures matter.</summary>
public sealed class DiscardingLogSink : ILogSink
{
    /// <inheritdoc />
    public void WriteLine(string line) { }

    /// <inheritdoc />
    public void Write(string text) { }

    /// <inheritdoc />
    public void Flush() { }
}
