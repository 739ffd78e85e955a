using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Strings;

/// <summary>Registers the Strings built-ins.</summary>
internal static class StringBuiltins
{
    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        _ = table;
    }
}
