using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Cli;

/// <summary>
/// The interactive loop: reads JSL a statement at a time (continuing over lines while the text is
/// incomplete: an open bracket or string), runs it in one engine so definitions persist, and
/// prints the value of each entry as <c>jsl -e</c> does. Ends at end of input (Ctrl-D) or <c>Quit()</c>.
/// </summary>
internal static class Repl
{
    private const string Prompt = "jsl> ";
    private const string ContinuationPrompt = "...> ";

    public static int Run(TextReader input, bool showPrompts)
    {
        var sink = new TextWriterLogSink(Console.Out);
        var engine = new Engine(sink) { CloseSocketsOnError = false };
        var pending = new System.Text.StringBuilder();
        if (showPrompts) Console.Error.WriteLine("jsl interactive: enter JSL; Ctrl-D to leave.");
        while (true)
        {
            if (showPrompts)
            {
                Console.Error.Write(pending.Length == 0 ? Prompt : ContinuationPrompt);
                Console.Error.Flush();
            }
            // Callbacks that fell due while the user was typing run before the next entry.
            engine.RunDue();
            var line = input.ReadLine();
            if (line is null) break;
            pending.Append(line).Append('\n');
            var text = pending.ToString();
            if (text.Trim().Length == 0)
            {
                pending.Clear();
                continue;
            }
            if (IsIncomplete(text)) continue;
            pending.Clear();
            try
            {
                var value = engine.EvaluateValue(text, "repl");
                if (value is not EmptyValue) sink.WriteLine(Engine.Format(value));
            }
            catch (JslScriptException e)
            {
                sink.Finish();
                foreach (var report in e.Reports) Console.Error.WriteLine(report);
            }
            sink.Finish();
            if (engine.Stopped) break;
        }
        engine.CloseSockets();
        sink.Finish();
        return engine.Stopped ? engine.RequestedExitStatus : ExitStatus.Success;
    }

    /// <summary>Text whose only syntax errors are at its very end (an unclosed bracket or string) waits for more lines.</summary>
    private static bool IsIncomplete(string text)
    {
        var errors = Engine.Check(text, "repl");
        return errors.Count > 0 && errors.All(e => e.Message.Contains("end of file", StringComparison.Ordinal) || e.Message.Contains("unterminated", StringComparison.OrdinalIgnoreCase));
    }
}
