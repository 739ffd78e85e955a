using Jsl.Tests.Support;

namespace Jsl.Tests.Docs;

/// <summary>docs/differences.md is the Decision: notes of the source, regenerated and compared.</summary>
public sealed class DifferencesPageTests
{
    private static string PagePath => Path.Combine(RepositoryPaths.Root, "docs", "differences.md");

    [Fact]
    public void Docs_differences_md_is_generated_from_the_decision_notes()
    {
        var generated = DecisionNotes.Markdown(DecisionNotes.Read(RepositoryPaths.Root));
        if (Environment.GetEnvironmentVariable("JSL_WRITE_DOCS") == "1") File.WriteAllText(PagePath, generated);
        var published = File.Exists(PagePath) ? File.ReadAllText(PagePath) : "";
        Assert.True(published == generated, "docs/differences.md is out of step with the Decision: notes of src/: regenerate it with `" + DecisionNotes.Regenerate + "`");
    }

    [Fact]
    public void Every_file_that_writes_a_decision_has_its_notes_on_the_page()
    {
        var notes = DecisionNotes.Read(RepositoryPaths.Root);
        var source = Path.Combine(RepositoryPaths.Root, "src");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
            var written = File.ReadAllText(file).Split("Decision:").Length - 1;
            var found = notes.Count(n => n.File == relative);
            Assert.True(found >= written, $"{relative} writes {written} 'Decision:' but {found} notes were read from it");
        }
        Assert.True(notes.Count >= 150, $"only {notes.Count} notes read");
    }

    [Fact]
    public void A_note_runs_over_its_comment_lines_and_stops_at_the_next_decision_or_element()
    {
        string[] lines =
        [
            "    /// <summary>",
            "    /// Reads a port. Decision: a number or",
            "    /// numeric string, <c>\"0\"</c> lets the system choose.",
            "    /// </summary>",
            "    /// <remarks>Decision (spec §8): <see cref=\"SocketOperation.Send\"/> maps EPIPE. Decision: x &lt; y.</remarks>",
            "    public int Port() => 0;",
            "    // Decision: a line comment",
            "    // that goes on.",
            "    //",
            "    // Unrelated text.",
            "    var x = 1; // Decision: trailing, continued",
            "    // on the next line.",
            "    var s = \"// Decision: in a string\";",
            "    /// (Decision in spec §1) is a reference, not a note.",
        ];
        var notes = DecisionNotes.ReadFile("src/Jsl/Example.cs", lines).ToList();
        Assert.Equal<(string, int)>(
            [
                ("Decision: a number or numeric string, `\"0\"` lets the system choose.", 2),
                ("Decision (spec §8): `Send` maps EPIPE.", 5),
                ("Decision: x < y.", 5),
                ("Decision: a line comment that goes on.", 7),
                ("Decision: trailing, continued on the next line.", 11),
            ],
            notes.Select(n => (n.Text, n.Line)).ToList());
    }

    [Fact]
    public void The_page_links_each_note_to_its_file_under_its_folder()
    {
        var page = DecisionNotes.Markdown([new DecisionNotes.Note("src/Jsl/Sockets/Objects/SocketValue.cs", 3, "Decision: a <b> *c*.")]);
        Assert.Contains("\n## Sockets: Objects (`src/Jsl/Sockets/Objects`)\n\n- [SocketValue.cs](../src/Jsl/Sockets/Objects/SocketValue.cs) — Decision: a \\<b> \\*c\\*.\n", page);
        Assert.Contains(DecisionNotes.Regenerate, page.Split('\n')[2]);
    }
}
