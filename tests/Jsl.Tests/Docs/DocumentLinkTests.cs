using System.Text.RegularExpressions;
using Jsl.Tests.Support;

namespace Jsl.Tests.Docs;

/// <summary>
/// Every Markdown page of the repository (the README, docs/ and its folders, the READMEs of
/// tests/ and bench/) links only to files of the repository and to public upstream projects
/// (.NET's install pages, jsl-hamcrest): nothing dead in a clone, nothing to a private address,
/// no relative link climbing out of the repository (a clone has no ../shared).
/// </summary>
public sealed partial class DocumentLinkTests
{
    /// <summary>The only places outside the repository a page may link to.</summary>
    private static readonly string[] Upstream = ["https://github.com/sassoftware/jsl-hamcrest", "https://learn.microsoft.com/dotnet/"];

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    private static string Root => Path.GetFullPath(RepositoryPaths.Root);

    /// <summary>Every Markdown file of the repository, relative to its root, outside build output and dot folders.</summary>
    private static IEnumerable<string> PagePaths() =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" || part.StartsWith('.')))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Pages() => new(PagePaths());

    [Fact]
    public void The_pages_include_the_docs_subfolders()
    {
        var pages = PagePaths().ToList();
        Assert.Contains(Path.Combine("docs", "reference", "sockets.md"), pages);
        Assert.Contains(Path.Combine("docs", "sockets", "recv.md"), pages);
        Assert.Contains("README.md", pages);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_stays_in_the_repository_or_goes_to_an_upstream_project(string page)
    {
        var path = Path.Combine(Root, page);
        var folder = Path.GetDirectoryName(path)!;
        var root = Root + Path.DirectorySeparatorChar;
        foreach (var target in Link().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value))
        {
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                Assert.True(Upstream.Any(u => target.StartsWith(u, StringComparison.Ordinal)), $"{page} links outside the repository: {target}");
                continue;
            }
            var parts = target.Split('#', 2);
            var file = parts[0].Length == 0 ? path : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(parts[0])));
            Assert.True(file.StartsWith(root, StringComparison.Ordinal) || file + Path.DirectorySeparatorChar == root, $"{page} links above the repository: {target}");
            Assert.True(File.Exists(file) || Directory.Exists(file), $"{page} links to a missing file: {target}");
            if (parts.Length == 2 && file.EndsWith(".md", StringComparison.Ordinal))
            {
                var anchors = Heading().Matches(File.ReadAllText(file)).Select(m => Anchor(m.Groups[1].Value)).ToHashSet();
                Assert.True(anchors.Contains(parts[1]), $"{page} links to a missing heading: {target}");
            }
        }
    }

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Anchor(string heading)
    {
        var text = heading.Replace("`", "", StringComparison.Ordinal).ToLowerInvariant();
        var kept = text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').ToArray();
        return new string(kept).Replace(' ', '-');
    }
}
