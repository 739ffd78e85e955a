using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Blobs;

/// <summary>Registers the Blobs built-ins.</summary>
internal static class BlobBuiltins
{
    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        _ = table;
    }
}
