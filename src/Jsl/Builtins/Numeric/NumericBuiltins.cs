using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Numeric;

/// <summary>Registers the Numeric built-ins.</summary>
internal static class NumericBuiltins
{
    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        _ = table;
    }
}
