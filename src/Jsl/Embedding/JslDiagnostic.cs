using Jsl.Runtime.Errors;
using Jsl.Syntax;

namespace Jsl;

/// <summary>One error of a script, as data: where it is, what it says, and what kind it is.</summary>
public sealed class JslDiagnostic
{
    private readonly string _report;

    private JslDiagnostic(string file, int line, int column, string message, JslDiagnosticKind kind, string report)
    {
        File = file;
        Line = line;
        Column = column;
        Message = message;
        Kind = kind;
        _report = report;
    }

    /// <summary>The script's file name as given to the engine (or of the included file the error is in).</summary>
    public string File { get; }

    /// <summary>The 1-based line, or 0 when the error has no place in the text (memory ran out outside any call).</summary>
    public int Line { get; }

    /// <summary>The 1-based column, or 0 with <see cref="Line"/>.</summary>
    public int Column { get; }

    /// <summary>The message alone: <c>Name Unresolved: foo</c>, <c>expected ')' but found end of file</c>.</summary>
    public string Message { get; }

    /// <summary>Syntax, run-time, limit or cancellation.</summary>
    public JslDiagnosticKind Kind { get; }

    /// <summary>
    /// The one-line report <c>jsl</c> prints: <c>FILE:LINE:COL: message</c>; for a run-time error the
    /// message is JMP's log line, which also shows the expression that failed.
    /// </summary>
    public override string ToString() => _report;

    /// <summary>A syntax error.</summary>
    internal static JslDiagnostic FromSyntax(SyntaxError error) =>
        new(error.Position.File, error.Position.Line, error.Position.Column, error.Message, JslDiagnosticKind.Syntax, error.ToString());

    /// <summary>The error that ended a run of <paramref name="fileName"/>.</summary>
    internal static JslDiagnostic FromError(JslException error, string fileName)
    {
        var position = error.Position;
        var kind = error is JslRuntimeError runtime ? runtime.Kind : JslDiagnosticKind.Runtime;
        return new(position.IsKnown ? position.File : fileName, position.Line, position.Column, error.Message, kind, BackgroundErrors.Describe(error));
    }

    /// <summary>A failure with no position in the text (memory ran out outside any call, a script that cannot be read).</summary>
    internal static JslDiagnostic Unplaced(string fileName, string message, JslDiagnosticKind kind) =>
        new(fileName, 0, 0, message, kind, fileName.Length == 0 ? message : $"{fileName}: {message}");
}
