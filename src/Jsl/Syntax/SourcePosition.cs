namespace Jsl.Syntax;

/// <summary>Where a token or node starts in a script: file name, 1-based line and column.</summary>
internal readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>A position for nodes built at run time, with no source text behind them.</summary>
    public static readonly SourcePosition None = new("", 0, 0);

    /// <summary>True when the position points into real source text.</summary>
    public bool IsKnown => Line > 0;

    /// <summary>The editor-clickable form <c>FILE:LINE:COL</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
