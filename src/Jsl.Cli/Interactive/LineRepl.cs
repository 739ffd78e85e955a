namespace Jsl.Cli.Interactive;

/// <summary>
/// The interactive loop over plain lines (<c>jsl --repl</c> with standard input piped, or no
/// terminal to draw on): no line editing, no escape codes, no history file. Prompts go to
/// stderr when asked for; end of input leaves.
/// </summary>
internal static class LineRepl
{
    public static int Run(TextReader input, bool showPrompts, RunSettings settings)
    {
        var session = new ReplSession(Console.Out, Console.Error);
        if (session.Configure(settings) is string usage)
        {
            Console.Error.WriteLine($"jsl: {usage}");
            return ExitStatus.UsageError;
        }
        if (showPrompts) Console.Error.WriteLine(Repl.Banner);
        while (!session.Ended)
        {
            if (showPrompts)
            {
                Console.Error.Write(session.Continuing ? Repl.ContinuationPrompt : Repl.Prompt);
                Console.Error.Flush();
            }
            // Callbacks that fell due while the user was typing run before the next entry.
            session.Engine.RunDue();
            if (session.Ended) break;
            var line = input.ReadLine();
            if (line is null) break;
            session.AddLine(line);
        }
        return session.Close();
    }
}
