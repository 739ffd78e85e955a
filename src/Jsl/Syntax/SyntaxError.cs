namespace Jsl.Syntax;

/// <summary>One syntax error: where, and a message of the form <c>expected ... but found ...</c>.</summary>
internal sealed record SyntaxError(SourcePosition Position, string Message)
{
    /// <summary>The one-line report <c>FILE:LINE:COL: message</c>.</summary>
    public override string ToString() => $"{Position}: {Message}";
}
