using Jsl.Runtime.Evaluation;
using Jsl.Syntax;

namespace Jsl.Builtins;

/// <summary>
/// The parameters of every built-in, read from the data file BuiltinSignatures.txt (embedded; one
/// line per built-in, <c>Substr(string, start, length?)</c>, names as in JMP's Scripting Index) and
/// attached to the table's entries, so the argument count is declared once and checked in one
/// place (<see cref="BuiltinSignature.Check"/>). A test keeps the file and the table in step.
/// </summary>
internal static class BuiltinSignatures
{
    /// <summary>The resource's name in the assembly.</summary>
    public const string ResourceName = "Jsl.BuiltinSignatures.txt";

    /// <summary>The lines of the file, parsed, in its order (comments and blank lines left out).</summary>
    public static IReadOnlyList<BuiltinSignature> All { get; } = Load();

    /// <summary>Attaches each line to its built-in. A line naming no built-in, or a second line for one, is a bug of ours.</summary>
    public static void Apply(BuiltinTable table)
    {
        foreach (var signature in All)
        {
            var entry = table.Find(Symbol.Intern(signature.Name))
                ?? throw new InvalidOperationException($"BuiltinSignatures.txt names '{signature.Name}', which is not a built-in");
            if (entry.Signature is not null) throw new InvalidOperationException($"BuiltinSignatures.txt has two lines for '{signature.Name}'");
            entry.Signature = signature;
        }
    }

    private static List<BuiltinSignature> Load() => [.. EmbeddedDataFile.Lines(ResourceName).Select(BuiltinSignature.Parse)];
}
