using System.Text.RegularExpressions;
using Jsl.Tests.Support;

namespace Jsl.Tests.Docs;

/// <summary>
/// The README and docs/ link only to files of the repository and to public upstream projects
/// (.NET's install pages, jsl-hamcrest): nothing dead in a clone, nothing to a private address.
/// </summary>
public sealed partial class DocumentLinkTests
{
    /// <summary>The only places outside the repository a page may link to.</summary>
    private static readonly string[] Upstream = ["https://github.com/sassoftware/jsl-hamcrest", "https://learn.microsoft.com/dotnet/"];

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string> { "README.md" };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal)) data.Add(Path.Combine("docs", Path.GetFileName(file)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_stays_in_the_repository_or_goes_to_an_upstream_project(string page)
    {
        var path = Path.Combine(RepositoryPaths.Root, page);
        var folder = Path.GetDirectoryName(path)!;
        var root = Path.GetFullPath(RepositoryPaths.Root) + Path.DirectorySeparatorChar;
        foreach (var target in Link().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value))
        {
            if (target.Contains("://", StringComparison.Ordinal))
            {
                Assert.True(Upstream.Any(u => target.StartsWith(u, StringComparison.Ordinal)), $"{page} links outside the repository: {target}");
                continue;
            }
            var file = Path.GetFullPath(Path.Combine(folder, target.Split('#')[0]));
            Assert.True(file.StartsWith(root, StringComparison.Ordinal) || file + Path.DirectorySeparatorChar == root, $"{page} links above the repository: {target}");
            Assert.True(File.Exists(file) || Directory.Exists(file), $"{page} links to a missing file: {target}");
        }
    }
}
