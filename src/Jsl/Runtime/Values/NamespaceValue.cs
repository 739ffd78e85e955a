using Jsl.Runtime.Scopes;

namespace Jsl.Runtime.Values;

/// <summary>A namespace: a named table of variables (<c>Here</c>, <c>Global</c>, or one made with <c>New Namespace</c>). A reference value.</summary>
public sealed class NamespaceValue(string name) : Value
{
    /// <summary>The namespace's name.</summary>
    public string Name { get; } = name;

    /// <summary>Its variables.</summary>
    public VariableTable Variables { get; } = new();

    /// <inheritdoc/>
    public override string TypeName => "Namespace";
}
