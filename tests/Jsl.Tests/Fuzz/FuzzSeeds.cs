using Jsl.Tests.Conformance;
using Jsl.Tests.Support;

namespace Jsl.Tests.Fuzz;

/// <summary>
/// The scripts the fuzzer starts from (every section of tests/conformance/*.jsl, every
/// examples/*.jsl), and the
/// filter that keeps inputs off the network, the file system and the clock.
/// </summary>
public static class FuzzSeeds
{
    /// <summary>
    /// Every seed script's text, in a fixed order (so a seed gives the same batch everywhere).
    /// Decision: a conformance file gives one seed per section, not one per file, so a mutant
    /// breaks one small script and more of them get past the parser to run.
    /// </summary>
    public static IReadOnlyList<string> All { get; } = Load();

    /// <summary>
    /// Names an input must not mention (written without blanks, lower case, as JSL compares names):
    /// every built-in of the Files, Sockets, Web (New HTTP Request) and Programs (Run Program)
    /// categories, programs of the host, and the waits.
    /// Decision: <c>Wait</c> and <c>Schedule</c> are left out rather than shortened, so no input
    /// sleeps; the step hook's own tests cover <c>Wait</c> under cancellation.
    /// </summary>
    private static readonly string[] ForbiddenNames =
    [
        .. Engine.BuiltinFunctions.Where(f => f.Category is "Files" or "Sockets" or "Web" or "Programs").Select(f => Normalize(f.Name)),
        "systemservice", "wait", "schedule", "socket", "runprogram",
    ];

    /// <summary>True when <paramref name="script"/> may run in the fuzzer: it names no file, socket, program or wait built-in.</summary>
    public static bool IsSafe(string script)
    {
        var normal = Normalize(script);
        foreach (var name in ForbiddenNames)
        {
            if (normal.Contains(name, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static string Normalize(string text) =>
        string.Concat(text.Where(ch => !char.IsWhiteSpace(ch))).ToLowerInvariant();

    private static string[] Load()
    {
        var conformance = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "conformance"), "*.jsl").Order(StringComparer.Ordinal)
            .SelectMany(ConformanceFile.Sections).Select(section => section.Text.TrimStart('\n'));
        var examples = Directory.GetFiles(RepositoryPaths.Examples, "*.jsl").Order(StringComparer.Ordinal).Select(File.ReadAllText);
        return [.. conformance, .. examples];
    }
}
