using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Collections;

/// <summary>Registers the Collections built-ins.</summary>
internal static class AssociativeArrayBuiltins
{
    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        _ = table;
    }
}
