using Jsl.Syntax;

namespace Jsl.Runtime.Errors;

/// <summary>Base of everything that unwinds a JSL evaluation: run-time errors, <c>Throw</c>, <c>Stop</c>.</summary>
internal abstract class JslException(string message) : Exception(message)
{
    /// <summary>Where in the script it happened (may be unknown for values built at run time).</summary>
    public SourcePosition Position { get; set; } = SourcePosition.None;
}
