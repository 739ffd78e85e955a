namespace Jsl;

/// <summary>A script failed: its syntax errors, or the run-time error that stopped it, one report line each (<c>FILE:LINE:COL: message</c>).</summary>
public sealed class JslScriptException(IReadOnlyList<string> reports) : Exception(string.Join(Environment.NewLine, reports))
{
    /// <summary>The report lines.</summary>
    public IReadOnlyList<string> Reports { get; } = reports;
}
