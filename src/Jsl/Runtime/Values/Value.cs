namespace Jsl.Runtime.Values;

/// <summary>
/// A JSL value. Numbers, strings and blobs are immutable; lists and matrices are copied on
/// assignment (JSL gives them value semantics); associative arrays, namespaces and objects are
/// references.
/// </summary>
internal abstract class Value
{
    /// <summary>The name <c>Type()</c> returns for this value.</summary>
    public abstract string TypeName { get; }

    /// <summary>How the value prints when no printer knows its kind: its type name, unless the kind (a pattern) says better.</summary>
    public override string ToString() => TypeName;

    /// <summary>Returns a copy that shares nothing mutable with this value (lists, matrices); immutable and reference values return themselves.</summary>
    public virtual Value CopyForAssignment() => this;
}
