namespace Jsl.Cli.Interactive;

/// <summary>How a key left the line being edited.</summary>
internal enum EditOutcome
{
    /// <summary>Still editing.</summary>
    Editing,
    /// <summary>Enter: <see cref="TerminalLineEditor.AcceptedLine"/> holds the line.</summary>
    Accepted,
    /// <summary>Ctrl-C: the line was dropped.</summary>
    Cancelled,
    /// <summary>Ctrl-D on an empty line: the user is leaving.</summary>
    EndOfInput,
}
