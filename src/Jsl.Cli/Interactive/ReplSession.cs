using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Cli.Interactive;

/// <summary>
/// One interactive session: the engine its entries run in (definitions persist, and one Here
/// namespace serves them all, so <c>Names Default To Here(1)</c> carries to the next entry), the
/// lines of an entry still being typed, and what each entry prints: its value as <c>jsl -e</c>
/// prints it, or its error lines. The prompt and the keyboard are the caller's
/// (<see cref="LineRepl"/>, <see cref="TerminalRepl"/>).
/// </summary>
internal sealed class ReplSession
{
    /// <summary>The name entries have in error lines.</summary>
    private const string EntryName = "repl";

    private readonly System.Text.StringBuilder _pending = new();
    private readonly TextWriterLogSink _sink;
    private readonly TextWriter _errors;

    public ReplSession(TextWriter output, TextWriter errors)
    {
        _sink = new TextWriterLogSink(output);
        _errors = errors;
        Engine = new Engine(_sink, errors) { CloseSocketsOnError = false, CloseSocketsOnCancel = false, OneHereAcrossRuns = true };
    }

    /// <summary>The engine the entries run in.</summary>
    public Engine Engine { get; }

    /// <summary>Applies the command line's settings to the engine; the usage message of a bad one, or null.</summary>
    public string? Configure(RunSettings settings)
    {
        Engine.TraceSockets = settings.Trace;
        return settings.Configure(Engine, out _);
    }

    /// <summary>True while an entry's first lines are in and it is not complete yet (the prompt is the continuation one).</summary>
    public bool Continuing => _pending.Length > 0;

    /// <summary>True once an entry or a callback called <c>Quit()</c> or <c>Stop()</c>.</summary>
    public bool Ended => Engine.Stopped;

    /// <summary>
    /// Adds a typed line to the entry; when that completes it, runs the entry, stopping early if
    /// <paramref name="cancellation"/> fires (the error "The run was cancelled"; what the entry
    /// defined before it stays). Returns whether an entry ran.
    /// </summary>
    public bool AddLine(string line, CancellationToken cancellation = default)
    {
        _pending.Append(line).Append('\n');
        var text = _pending.ToString();
        if (text.Trim().Length == 0)
        {
            _pending.Clear();
            return false;
        }
        if (IsIncomplete(text)) return false;
        _pending.Clear();
        Run(text, cancellation);
        return true;
    }

    /// <summary>Drops the lines of an entry not yet complete (Ctrl-C at the continuation prompt).</summary>
    public void DropPending() => _pending.Clear();

    /// <summary>Ends the session: every socket closed, the log's last line ended. Returns the exit status.</summary>
    public int Close()
    {
        Engine.CloseSockets();
        _sink.Finish();
        return Engine.Stopped ? Engine.RequestedExitStatus : ExitStatus.Success;
    }

    private void Run(string text, CancellationToken cancellation)
    {
        Engine.Cancellation = cancellation;
        try
        {
            var value = Engine.EvaluateValue(text, EntryName);
            if (value is not EmptyValue) _sink.WriteLine(Engine.Format(value));
        }
        catch (JslScriptException e)
        {
            _sink.Finish();
            foreach (var report in e.Reports) _errors.WriteLine(report);
        }
        finally
        {
            // Callbacks that run at the prompt are not the entry's: a later cancellation must not stop them.
            Engine.Cancellation = CancellationToken.None;
        }
        _sink.Finish();
    }

    /// <summary>Text whose only syntax errors are at its very end (an unclosed bracket or string) waits for more lines.</summary>
    private static bool IsIncomplete(string text)
    {
        var errors = Engine.Check(text, EntryName);
        return errors.Count > 0 && errors.All(e => e.Message.Contains("end of file", StringComparison.Ordinal) || e.Message.Contains("unterminated", StringComparison.OrdinalIgnoreCase));
    }
}
