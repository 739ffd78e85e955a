namespace Jsl.Cli;

/// <summary>The command's exit statuses.</summary>
internal static class ExitStatus
{
    public const int Success = 0;
    public const int ScriptError = 1;
    public const int UsageError = 2;
    public const int TimedOut = 124;
    public const int Interrupted = 130;
    public const int Terminated = 143;
}
