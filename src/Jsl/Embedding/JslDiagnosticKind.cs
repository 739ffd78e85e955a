namespace Jsl;

/// <summary>Why a script failed, as a host may want to tell its users apart.</summary>
public enum JslDiagnosticKind
{
    /// <summary>The text is not well-formed JSL (found before anything runs).</summary>
    Syntax,

    /// <summary>An error while running: an unresolved name, a bad argument, an uncaught <c>Throw</c>, a host function that failed.</summary>
    Runtime,

    /// <summary>
    /// The run reached one of its limits: the step limit, a resource limit (string, list or matrix
    /// size), the depth of recursion, or the memory there is.
    /// </summary>
    Limit,

    /// <summary>The host cancelled the run (<see cref="Engine.Cancellation"/>).</summary>
    Cancelled,
}
