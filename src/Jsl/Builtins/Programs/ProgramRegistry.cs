namespace Jsl.Builtins.Programs;

/// <summary>
/// The programs a run started that may still be running, so that ending the run (an uncaught error,
/// <c>Stop()</c>, Ctrl+C) ends them too instead of leaving them orphaned. Any thread.
/// </summary>
internal sealed class ProgramRegistry
{
    private readonly List<RunningProgram> programs = [];

    /// <summary>Records a started program (forgetting those that finished).</summary>
    public void Add(RunningProgram program)
    {
        lock (programs)
        {
            programs.RemoveAll(static p => p.IsFinished);
            programs.Add(program);
        }
    }

    /// <summary>Kills every program still running.</summary>
    public void KillAll()
    {
        RunningProgram[] all;
        lock (programs)
        {
            all = [.. programs];
            programs.Clear();
        }
        foreach (var program in all) program.Kill();
    }
}
