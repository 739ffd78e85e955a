namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Pat Len</c>, <c>Pat Pos</c>, <c>Pat R Pos</c>, <c>Pat Tab</c>, <c>Pat R Tab</c>, <c>Pat Rem</c> and the
/// argument-less <c>Pat Pos()</c>. Positions count from 0 (before the first character), as in SNOBOL.
/// </summary>
internal sealed class CursorPattern(CursorKind kind, int n = 0) : Pattern
{
    /// <summary>The kind of cursor test.</summary>
    public CursorKind Kind { get; } = kind;

    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        var end = End(state.Text.Length, position);
        if (end >= 0) yield return end;
    }

    private int End(int length, int position) => Kind switch
    {
        CursorKind.Len => position + n <= length ? position + n : -1,
        CursorKind.Pos => position == n ? position : -1,
        CursorKind.RPos => position == length - n ? position : -1,
        CursorKind.Tab => position <= n && n <= length ? n : -1,
        CursorKind.RTab => position <= length - n && n <= length ? length - n : -1,
        CursorKind.Rem => length,
        _ => position,
    };

    public override string ToString() => Kind switch
    {
        CursorKind.Len => $"Pat Len({n})",
        CursorKind.Pos => $"Pat Pos({n})",
        CursorKind.RPos => $"Pat R Pos({n})",
        CursorKind.Tab => $"Pat Tab({n})",
        CursorKind.RTab => $"Pat R Tab({n})",
        CursorKind.Rem => "Pat Rem()",
        _ => "Pat Pos()",
    };
}
