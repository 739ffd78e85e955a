using System.Text;

namespace Jsl.Cli;

/// <summary>
/// A text writer that passes everything to <paramref name="inner"/> until it is sealed, and drops
/// everything after: when a signal ends the run, the signal handler seals stdout and stderr before
/// it closes the sockets, so whatever the script's thread says about the closing (a blocked
/// <c>Recv</c> returning, an error, its report) never reaches the user; the run just ends with
/// 130 / 143.
/// </summary>
internal sealed class SealableWriter(TextWriter inner) : TextWriter
{
    private readonly Lock gate = new();
    private bool sealedOff;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <summary>Flushes what was written and drops all that follows; callable from any thread, once or more.</summary>
    public void Seal()
    {
        lock (gate)
        {
            if (sealedOff) return;
            sealedOff = true;
            Quietly(inner.Flush);
        }
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        lock (gate)
        {
            if (!sealedOff) inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        lock (gate)
        {
            if (!sealedOff) inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        lock (gate)
        {
            if (!sealedOff) inner.Write(buffer, index, count);
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        lock (gate)
        {
            if (!sealedOff) inner.Flush();
        }
    }

    /// <summary>A closed pipe at the end of the run is no reason to fail the exit.</summary>
    private static void Quietly(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}
