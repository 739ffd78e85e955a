using Jsl.Cli.Interactive;

namespace Jsl.Cli;

/// <summary>
/// The interactive loop: reads JSL an entry at a time (continuing over lines while the text is
/// incomplete: an open bracket or string), runs it in one engine so definitions persist, and
/// prints the value of each entry as <c>jsl -e</c> does. On a terminal it edits lines and keeps
/// history (<see cref="TerminalRepl"/>); otherwise it reads plain lines (<see cref="LineRepl"/>).
/// Ends at end of input (Ctrl-D) or <c>Quit()</c>.
/// </summary>
internal static class Repl
{
    public const string Prompt = "jsl> ";
    public const string ContinuationPrompt = "...> ";
    public const string Banner = "jsl interactive: enter JSL; Ctrl-D to leave.";

    /// <summary>
    /// Runs the loop on the console, with the command line's <c>--trace</c>, <c>--limit</c>,
    /// <c>--allow-net</c> and <c>--deny-net</c>: the editor when stdin and stderr (where it draws)
    /// are a terminal, else plain lines. Decision: <c>--timeout</c> is a usage error here: it
    /// bounds a run, and a session has no run to bound.
    /// </summary>
    public static int Run(RunSettings settings)
    {
        if (settings.Timeout is not null)
        {
            Console.Error.WriteLine("jsl: --timeout bounds a script's run, not the interactive loop");
            return ExitStatus.UsageError;
        }
        if (!Console.IsInputRedirected && !Console.IsErrorRedirected) return TerminalRepl.Run(settings);
        return LineRepl.Run(Console.In, showPrompts: !Console.IsInputRedirected, settings);
    }
}
