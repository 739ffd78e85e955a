namespace Jsl.Runtime.Values;

/// <summary>JSL's <c>Empty()</c>: the value of nothing (an empty script, a function with no body).</summary>
internal sealed class EmptyValue : Value
{
    /// <summary>The one empty value.</summary>
    public static readonly EmptyValue Instance = new();

    private EmptyValue() { }

    /// <inheritdoc/>
    public override string TypeName => "Empty";
}
