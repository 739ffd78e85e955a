using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Time;

/// <summary>Registers the Time built-ins.</summary>
internal static class TimeBuiltins
{
    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        _ = table;
    }
}
