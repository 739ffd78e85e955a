namespace Jsl.Tests.Docs;

/// <summary>
/// The examples of a Markdown page: each fenced <c>jsl</c> block, with the plain fenced block that
/// follows it (after blank lines only) as the output it prints.
/// </summary>
public static class MarkdownExamples
{
    /// <summary>One example: the script, its first line on the page, and the output shown (null when none).</summary>
    public sealed record Example(string Script, int Line, string? Output);

    public static IReadOnlyList<Example> Read(string page)
    {
        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var examples = new List<Example>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```jsl") continue;
            var start = i + 1;
            var script = Fenced(lines, ref i);
            var next = i + 1;
            while (next < lines.Length && lines[next].Trim().Length == 0) next++;
            string? output = null;
            if (next < lines.Length && lines[next] == "```")
            {
                i = next;
                output = Fenced(lines, ref i);
            }
            examples.Add(new Example(script, start, output));
        }
        return examples;
    }

    /// <summary>The text between the fence at <paramref name="i"/> and its closing fence, which <paramref name="i"/> is left on.</summary>
    private static string Fenced(string[] lines, ref int i)
    {
        var body = new List<string>();
        for (i++; i < lines.Length && lines[i] != "```"; i++) body.Add(lines[i]);
        if (i >= lines.Length) throw new InvalidOperationException("a fenced block is not closed");
        return string.Join("\n", body) + "\n";
    }
}
