namespace Jsl.Runtime.Values;

/// <summary>A JSL string (immutable).</summary>
public sealed class StringValue(string value) : Value
{
    /// <summary>The empty string.</summary>
    public static readonly StringValue EmptyString = new("");

    /// <summary>The characters.</summary>
    public string Value { get; } = value;

    /// <inheritdoc/>
    public override string TypeName => "String";
}
