namespace Jsl;

/// <summary>A script failed: its syntax errors, or the run-time error that stopped it.</summary>
public sealed class JslScriptException : Exception
{
    internal JslScriptException(IReadOnlyList<JslDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(static d => d.ToString())))
    {
        Diagnostics = diagnostics;
        Reports = [.. diagnostics.Select(static d => d.ToString())];
    }

    /// <summary>Each error as data (file, line, column, message, kind): every syntax error, or the one run-time error.</summary>
    public IReadOnlyList<JslDiagnostic> Diagnostics { get; }

    /// <summary>The same errors as report lines, <c>FILE:LINE:COL: message</c>, as <c>jsl</c> prints them.</summary>
    public IReadOnlyList<string> Reports { get; }
}
