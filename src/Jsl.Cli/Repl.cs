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

    /// <summary>Runs the loop on the console: the editor when stdin and stderr (where it draws) are a terminal, else plain lines.</summary>
    public static int Run()
    {
        if (!Console.IsInputRedirected && !Console.IsErrorRedirected) return TerminalRepl.Run();
        return LineRepl.Run(Console.In, showPrompts: !Console.IsInputRedirected);
    }
}
