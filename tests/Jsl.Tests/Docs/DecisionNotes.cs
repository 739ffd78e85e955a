using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Jsl.Tests.Docs;

/// <summary>
/// Reads the <c>Decision:</c> notes of the source (in <c>//</c> comments and in <c>///</c> XML
/// docs, over as many lines as they run) and writes docs/differences.md from them. Independent of
/// jsl itself: it reads the C# files as text.
/// </summary>
public static partial class DecisionNotes
{
    /// <summary>One note: the file it is in (relative to the repository, with '/'), its first line, its text.</summary>
    public sealed record Note(string File, int Line, string Text);

    /// <summary>How the page says it is regenerated (its first lines).</summary>
    public const string Regenerate = "JSL_WRITE_DOCS=1 dotnet test tests/Jsl.Tests --filter FullyQualifiedName~DifferencesPageTests";

    /// <summary>A decision opens with the word, an optional parenthesis (its source), and a colon.</summary>
    [GeneratedRegex(@"\bDecision(\s*\([^()]*(\([^()]*\)[^()]*)*\))?\s*:\s*")]
    private static partial Regex Opening();

    /// <summary>A whole-line comment: <c>//</c> or <c>///</c> and its text.</summary>
    [GeneratedRegex(@"^\s*(///?)(?!/)\s?(.*)$")]
    private static partial Regex CommentLine();

    /// <summary>A comment after code on the same line.</summary>
    [GeneratedRegex(@"\S.*?\s//\s?(.*)$")]
    private static partial Regex TrailingComment();

    /// <summary>XML doc tags that end one passage and start another.</summary>
    [GeneratedRegex(@"</?(summary|remarks|para|param|typeparam|returns|exception|value|example|inheritdoc|list|item|description)\b[^>]*>")]
    private static partial Regex StructuralTag();

    [GeneratedRegex(@"<c>(.*?)</c>")]
    private static partial Regex CodeTag();

    [GeneratedRegex(@"<(see|seealso)\s+(cref|langword|href)=""([^""]*)""\s*/>")]
    private static partial Regex SeeTag();

    [GeneratedRegex(@"<(paramref|typeparamref)\s+name=""([^""]*)""\s*/>")]
    private static partial Regex ParamRefTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Every note under <paramref name="root"/>/src, in folder, file and line order.</summary>
    public static IReadOnlyList<Note> Read(string root)
    {
        var source = Path.Combine(root, "src");
        var notes = new List<Note>();
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(f => Path.GetDirectoryName(f), StringComparer.Ordinal)
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files) notes.AddRange(ReadFile(file, File.ReadAllLines(Path.Combine(root, file))));
        return notes;
    }

    /// <summary>The notes of one file's lines.</summary>
    public static IEnumerable<Note> ReadFile(string file, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var (kind, first) = CommentStart(lines[i]);
            if (kind is null) continue;
            // A block: this comment and the whole-line comments of the same kind that follow it.
            var start = i;
            var block = new List<string> { first! };
            while (i + 1 < lines.Count && CommentLine().Match(lines[i + 1]) is { Success: true } next && next.Groups[1].Value == kind)
            {
                block.Add(next.Groups[2].Value);
                i++;
            }
            foreach (var (offset, text) in Passages(block, kind == "///"))
            {
                foreach (var note in Split(text)) yield return new Note(file, start + 1 + offset, note);
            }
        }
    }

    private static (string? Kind, string? Text) CommentStart(string line)
    {
        if (CommentLine().Match(line) is { Success: true } whole) return (whole.Groups[1].Value, whole.Groups[2].Value);
        // Only a trailing comment that holds a decision starts a block (its continuation lines are // lines).
        if (line.Contains("Decision", StringComparison.Ordinal) && TrailingComment().Match(line) is { Success: true } trailing && !InString(line, trailing.Groups[1].Index))
        {
            return ("//", trailing.Groups[1].Value);
        }
        return (null, null);
    }

    /// <summary>Whether the <c>//</c> before <paramref name="index"/> sits inside a string literal (an odd number of quotes before it).</summary>
    private static bool InString(string line, int index) => line[..index].Count(c => c == '"') % 2 == 1;

    /// <summary>
    /// The block cut into passages that a decision cannot run past: a blank comment line, and in
    /// XML docs an element's start or end. Each passage with the index of its first line.
    /// </summary>
    private static IEnumerable<(int Offset, string Text)> Passages(List<string> block, bool xml)
    {
        var current = new StringBuilder();
        var offset = 0;
        for (var n = 0; n < block.Count; n++)
        {
            var line = block[n];
            if (line.Trim().Length == 0)
            {
                if (current.Length > 0) yield return (offset, current.ToString());
                current.Clear();
                offset = n + 1;
                continue;
            }
            if (!xml)
            {
                if (IsBlank(current)) offset = n;
                current.Append(' ').Append(line);
                continue;
            }
            var position = 0;
            foreach (Match tag in StructuralTag().Matches(line))
            {
                if (IsBlank(current)) offset = n;
                current.Append(' ').Append(line, position, tag.Index - position);
                if (current.ToString().Trim().Length > 0) yield return (offset, current.ToString());
                current.Clear();
                position = tag.Index + tag.Length;
                offset = n;
            }
            if (IsBlank(current)) offset = n;
            current.Append(' ').Append(line, position, line.Length - position);
        }
        if (current.ToString().Trim().Length > 0) yield return (offset, current.ToString());
    }

    private static bool IsBlank(StringBuilder text) => text.ToString().Trim().Length == 0;

    /// <summary>The decisions of one passage: from each opening to the next, or to the passage's end.</summary>
    private static IEnumerable<string> Split(string passage)
    {
        var text = Plain(passage);
        var openings = Opening().Matches(text);
        for (var k = 0; k < openings.Count; k++)
        {
            var from = openings[k].Index;
            var to = k + 1 < openings.Count ? openings[k + 1].Index : text.Length;
            var note = text[from..to].Trim();
            if (note.Length > openings[k].Length) yield return note;
        }
    }

    /// <summary>XML doc markup as Markdown: code in backticks, references by their last name, entities decoded.</summary>
    private static string Plain(string text)
    {
        text = CodeTag().Replace(text, m => "`" + m.Groups[1].Value + "`");
        text = SeeTag().Replace(text, m => "`" + LastName(m.Groups[3].Value) + "`");
        text = ParamRefTag().Replace(text, m => "`" + m.Groups[2].Value + "`");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return Spaces().Replace(text, " ").Trim();
    }

    private static string LastName(string cref)
    {
        var name = cref.Contains(':') ? cref[(cref.IndexOf(':') + 1)..] : cref;
        var paren = name.IndexOf('(');
        if (paren >= 0) name = name[..paren];
        return name.Split('.')[^1];
    }

    /// <summary>docs/differences.md: the notes grouped by folder, each with a link to its file.</summary>
    public static string Markdown(IReadOnlyList<Note> notes)
    {
        var sb = new StringBuilder();
        sb.Append("# Differences from JMP\n\n");
        sb.Append("Generated from the `Decision:` notes of the source by `tests/Jsl.Tests/Docs/DecisionNotes.cs`; regenerate with `")
            .Append(Regenerate).Append("` (a test fails while this page is out of step).\n\n");
        sb.Append("Where JMP's documentation is silent or jsl cannot do what JMP does, the code says what jsl does and why, beside the code\n");
        sb.Append("that does it, with the word `Decision:`. These are all ").Append(notes.Count).Append(" of them, by area. The specifications behind them are in\n");
        sb.Append("[the reference](reference/README.md).\n");
        foreach (var folder in notes.GroupBy(n => Path.GetDirectoryName(n.File)!.Replace('\\', '/')))
        {
            sb.Append("\n## ").Append(Area(folder.Key)).Append(" (`").Append(folder.Key).Append("`)\n\n");
            foreach (var note in folder)
            {
                sb.Append("- [").Append(Path.GetFileName(note.File)).Append("](../").Append(note.File).Append(") — ")
                    .Append(Escape(note.Text)).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>A folder's area as a title: <c>src/Jsl/Sockets/Objects</c> is "Sockets: Objects".</summary>
    private static string Area(string folder)
    {
        var parts = folder.Split('/').Skip(1).ToList();
        if (parts.Count == 0) return "Source";
        if (parts[0] == "Jsl.Cli") return "The jsl command" + (parts.Count > 1 ? ": " + string.Join(": ", parts.Skip(1)) : "");
        if (parts.Count == 1) return "Engine";
        return string.Join(": ", parts.Skip(1));
    }

    /// <summary>Keeps the text literal in Markdown outside backticks: a bare <c>&lt;</c> would start HTML, <c>*</c> and <c>_</c> emphasis.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var inCode = false;
        foreach (var c in text)
        {
            if (c == '`') inCode = !inCode;
            if (!inCode && c is '<' or '*' or '_' or '[' or ']' or '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
