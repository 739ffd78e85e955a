using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Json;

/// <summary>Registers the Json built-ins.</summary>
internal static class JsonBuiltins
{
    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        _ = table;
    }
}
