namespace Jsl.Syntax;

/// <summary>
/// One token. <see cref="Text"/> holds what the parser needs beyond the kind: a name with its
/// whitespace folded, a string's processed value, or a quoted name's text. Numbers carry their
/// value (NaN for the missing value <c>.</c>) and whether they were written as a date.
/// </summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, SourcePosition Position, string? Text = null, double Value = 0, bool IsDate = false)
{
    /// <summary>True for the lone-period missing value <c>.</c> (not for other NaN-valued tokens).</summary>
    public bool IsMissingLiteral => Kind == TokenKind.Number && Length == 1 && !IsDate && double.IsNaN(Value);
}
