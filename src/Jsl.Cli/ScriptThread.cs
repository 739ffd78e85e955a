namespace Jsl.Cli;

/// <summary>Runs the command on a thread with a 256 MB stack and returns its exit status.</summary>
internal static class ScriptThread
{
    private const int StackBytes = 256 * 1024 * 1024;

    public static int Run(Func<int> body)
    {
        var status = 0;
        var thread = new Thread(() => status = body(), StackBytes) { Name = "jsl script" };
        thread.Start();
        thread.Join();
        return status;
    }
}
