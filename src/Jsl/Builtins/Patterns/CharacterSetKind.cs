namespace Jsl.Builtins.Patterns;

/// <summary>The four patterns defined by a set of characters.</summary>
internal enum CharacterSetKind
{
    /// <summary><c>Pat Any</c>: one character in the set.</summary>
    Any,

    /// <summary><c>Pat Not Any</c>: one character not in the set.</summary>
    NotAny,

    /// <summary><c>Pat Span</c>: the longest run (at least one) of characters in the set.</summary>
    Span,

    /// <summary><c>Pat Break</c>: the run (possibly empty) of characters not in the set, up to a character in it.</summary>
    Break,
}
