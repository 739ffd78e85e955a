using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Files;

/// <summary>Registers the Files built-ins.</summary>
internal static class FileBuiltins
{
    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        _ = table;
    }
}
