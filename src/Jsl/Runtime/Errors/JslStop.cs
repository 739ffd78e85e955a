namespace Jsl.Runtime.Errors;

/// <summary><c>Stop()</c> (and <c>Quit()</c> / <c>Exit()</c>): ends the whole run without an error.</summary>
internal sealed class JslStop(int exitStatus = 0) : JslException("Stop")
{
    /// <summary>The status the process exits with: 0, or the number given to <c>Quit(n)</c> / <c>Exit(n)</c> (our extension).</summary>
    public int ExitStatus { get; } = exitStatus;
}
