namespace Jsl.Cli.Interactive;

/// <summary>
/// The interactive loop on a terminal: a line editor with history (<see cref="TerminalLineEditor"/>),
/// keys read on their own thread (<see cref="KeyReader"/>) so that while the prompt waits the
/// engine's event loop runs socket callbacks and schedules, their output printed above the
/// prompt and the partly typed line redrawn after it. Ctrl-C drops the line being typed, or
/// cancels the running entry (or a callback running at the prompt); it never ends the session. Ctrl-D on an empty line leaves.
/// </summary>
internal static class TerminalRepl
{
    public static int Run(RunSettings settings)
    {
        var terminal = Console.Error;
        var editor = new TerminalLineEditor(terminal, LineHistory.Load(LineHistory.DefaultPath()));
        var session = new ReplSession(new PromptAwareWriter(Console.Out, editor), new PromptAwareWriter(Console.Error, editor));
        if (session.Configure(settings) is string usage)
        {
            Console.Error.WriteLine($"jsl: {usage}");
            return ExitStatus.UsageError;
        }
        terminal.WriteLine(Repl.Banner);
        using var keys = new KeyReader(session.Engine);
        editor.Begin(Repl.Prompt);
        var leaving = false;
        while (!leaving && !session.Ended)
        {
            // Sleeps until a key arrives or a callback's output hid the prompt, running callbacks
            // meanwhile; Ctrl-C stops a callback that runs away.
            session.Engine.Cancellation = keys.NextCancellation(forEntry: false);
            session.Engine.RunPendingUntil(() => keys.HasKey || !editor.IsShown || session.Ended);
            if (session.Ended) break;
            editor.ShowAgain();
            while (!leaving && !session.Ended && keys.TryTake(out var key))
            {
                leaving = Handle(editor.Handle(key), editor, session, keys);
            }
        }
        editor.Abandon();
        return session.Close();
    }

    /// <summary>Acts on what a key did to the line; returns true when the user is leaving.</summary>
    private static bool Handle(EditOutcome outcome, TerminalLineEditor editor, ReplSession session, KeyReader keys)
    {
        switch (outcome)
        {
            case EditOutcome.Accepted:
                RunLine(editor.AcceptedLine, session, keys);
                break;
            case EditOutcome.Cancelled:
                session.DropPending();
                break;
            case EditOutcome.EndOfInput:
                // Decision: Ctrl-D on an empty line leaves even in the middle of an entry, whose
                // lines are dropped, as the end of piped input does.
                return true;
            default:
                return false;
        }
        if (!session.Ended) editor.Begin(session.Continuing ? Repl.ContinuationPrompt : Repl.Prompt);
        return false;
    }

    private static void RunLine(string line, ReplSession session, KeyReader keys)
    {
        session.AddLine(line, keys.NextCancellation(forEntry: true));
        // At once, not at the next wait: a Ctrl-C typed ahead of the next prompt is a key again.
        session.Engine.Cancellation = keys.NextCancellation(forEntry: false);
    }
}
