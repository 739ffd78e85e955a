using Jsl.Runtime.Values;

namespace Jsl.Builtins.Patterns;

/// <summary>A pattern built by the <c>Pat ...</c> functions, <c>+</c> and <c>|</c>; <c>Pat Match</c> runs it.</summary>
internal sealed class PatternValue(Pattern pattern) : Value
{
    /// <summary>The pattern's root node.</summary>
    public Pattern Pattern { get; } = pattern;

    /// <inheritdoc/>
    public override string TypeName => "Pattern";

    /// <inheritdoc/>
    public override string ToString() => Pattern.ToString();
}
