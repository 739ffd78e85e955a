namespace Jsl.Builtins.Strings;

/// <summary>A piece of a string: where it starts and how long it is (0-based, in UTF-16 units).</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>One past the last character.</summary>
    public int End => Start + Length;
}
