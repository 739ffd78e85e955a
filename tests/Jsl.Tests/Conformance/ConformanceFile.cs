using System.Text.RegularExpressions;

namespace Jsl.Tests.Conformance;

/// <summary>Splits a conformance script into sections and reads the expectations written inside it (tests/conformance/README.md).</summary>
public static partial class ConformanceFile
{
    private const string ExpectOutput = "// expect: ";
    private const string ExpectError = "// expect error: ";

    public static IEnumerable<ConformanceSection> Sections(string path)
    {
        var name = Path.GetFileName(path);
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = 0;
        var title = "";
        for (var i = 0; i <= lines.Length; i++)
        {
            var isSeparator = i < lines.Length && SeparatorPattern().IsMatch(lines[i]);
            if (i == lines.Length || isSeparator)
            {
                var section = Build(name, title, lines, start, i);
                if (section is not null) yield return section;
                if (isSeparator)
                {
                    title = SeparatorPattern().Match(lines[i]).Groups[1].Value.Trim();
                    start = i + 1;
                }
            }
        }
    }

    private static ConformanceSection? Build(string file, string title, string[] lines, int start, int end)
    {
        var output = new List<string>();
        var errors = new List<string>();
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            var at = line.IndexOf(ExpectError, StringComparison.Ordinal);
            if (at >= 0)
            {
                errors.Add(line[(at + ExpectError.Length)..]);
                continue;
            }
            at = line.IndexOf(ExpectOutput, StringComparison.Ordinal);
            if (at >= 0) output.Add(line[(at + ExpectOutput.Length)..]);
            else if (line.TrimEnd().EndsWith("// expect:", StringComparison.Ordinal)) output.Add("");
        }
        if (output.Count == 0 && errors.Count == 0 && lines.Skip(start).Take(end - start).All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        {
            return null;
        }
        // Blank lines in front keep the file's line numbers, so expected positions are file positions.
        var text = new string('\n', start) + string.Join('\n', lines[start..end]);
        return new ConformanceSection(file, title, start + 1, text, output, errors);
    }

    [GeneratedRegex(@"^\s*// ---(.*)$")]
    private static partial Regex SeparatorPattern();
}
