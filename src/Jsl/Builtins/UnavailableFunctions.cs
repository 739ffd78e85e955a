using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins;

/// <summary>
/// The functions of JMP's Scripting Index (19.0, All Functions) that jsl does not provide, read
/// from the data file UnavailableFunctions.txt (embedded; one name a line): display boxes, data
/// tables, platforms, graphics, the statistics library and the like. Calling one is the error
/// "New Table is not available in jsl" (language.md §6a.5), not "Name Unresolved", which stays for
/// names JMP does not know either. A test keeps the file equal to the Index's names minus jsl's built-ins.
/// </summary>
internal static class UnavailableFunctions
{
    /// <summary>The resource's name in the assembly.</summary>
    public const string ResourceName = "Jsl.UnavailableFunctions.txt";

    /// <summary>The names in the file, in its order.</summary>
    public static IReadOnlyList<string> Names { get; } = Load();

    /// <summary>Records every name in <paramref name="table"/>.</summary>
    public static void Register(BuiltinTable table)
    {
        foreach (var name in Names) table.AddUnavailable(name);
    }

    private static List<string> Load() => EmbeddedDataFile.Lines(ResourceName);
}
