using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Runtime.Evaluation;

/// <summary>One row of the built-in table: the canonical spelling, its category (for the README's list) and the implementation.</summary>
internal sealed class BuiltinEntry(Symbol name, string displayName, string category, Builtin body)
{
    /// <summary>The interned name.</summary>
    public Symbol Name { get; } = name;

    /// <summary>The name as JMP spells it (<c>Char To Blob</c>).</summary>
    public string DisplayName { get; } = displayName;

    /// <summary>The category it is listed under.</summary>
    public string Category { get; } = category;

    /// <summary>The implementation.</summary>
    public Builtin Body { get; } = body;

    /// <summary>The declared parameters (BuiltinSignatures.txt); null for a built-in without a line (one a host added), whose count is not checked.</summary>
    internal BuiltinSignature? Signature { get; set; }

    /// <summary>Makes fast executables for common call shapes; null when the built-in has none.</summary>
    internal CallPreparer? Preparer { get; set; }

    /// <summary>What <c>f(...) = value</c> does for a built-in that is an L-value (<c>Row() = 3</c>); null when it is not one.</summary>
    internal Action<CallContext, Value>? Assigner { get; set; }
}
