namespace Jsl.Builtins.Patterns;

/// <summary>The patterns defined by a cursor position rather than by characters.</summary>
internal enum CursorKind
{
    /// <summary><c>Pat Len(n)</c>: exactly n characters.</summary>
    Len,

    /// <summary><c>Pat Pos(n)</c>: nothing, when the cursor is at n.</summary>
    Pos,

    /// <summary><c>Pat R Pos(n)</c>: nothing, when the cursor is n characters from the end.</summary>
    RPos,

    /// <summary><c>Pat Tab(n)</c>: everything up to position n.</summary>
    Tab,

    /// <summary><c>Pat R Tab(n)</c>: everything up to n characters from the end.</summary>
    RTab,

    /// <summary><c>Pat Rem()</c>: the rest of the text.</summary>
    Rem,

    /// <summary><c>Pat Pos()</c>: nothing, always; assigning it with <c>&gt;&gt;</c> stores the cursor position.</summary>
    Cursor,
}
