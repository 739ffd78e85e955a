using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Jsl.Tests.Support;

namespace Jsl.Tests.Packaging;

/// <summary>
/// The packages as a user gets them: <c>dotnet pack jsl.slnx -c Release -o DIR</c> makes exactly the
/// tool package <c>jsl</c> and the library package <c>Jsl.Core</c>, each with its licence, readme,
/// repository and a version from git; the tool installs from that folder as docs/cli.md says and
/// runs a script. Slow (a Release build), so it runs beside the other process-heavy tests.
/// </summary>
[Collection(Jsl.Tests.Sockets.Scripts.ProcessTestCollection.Name)]
public sealed partial class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(2);
    private readonly string directory = Directory.CreateTempSubdirectory("jsl-pack-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    // MinVer's versions: 1.2.3 from a tag, 0.1.0-alpha.0.HEIGHT on an untagged commit.
    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$")]
    private static partial Regex SemanticVersion();

    [Fact]
    public void Pack_makes_the_tool_and_the_library_and_the_tool_installs_from_the_folder_and_runs()
    {
        var packages = Path.Combine(directory, "packages");
        var pack = DotnetCommand.Run("dotnet", ["pack", Path.Combine(RepositoryPaths.Root, "jsl.slnx"), "-c", "Release", "-o", packages, "-nodeReuse:false", "-p:UseSharedCompilation=false"], PackLimit);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);

        var files = Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        var tool = Manifest(Path.Combine(packages, files.Single(f => f!.StartsWith("jsl.", StringComparison.Ordinal))!));
        var library = Manifest(Path.Combine(packages, files.Single(f => f!.StartsWith("Jsl.Core.", StringComparison.Ordinal))!));

        foreach (var package in new[] { tool, library })
        {
            Assert.Equal("MIT", package.License);
            Assert.Equal("README.md", package.Readme);
            Assert.StartsWith("https://", package.RepositoryUrl, StringComparison.Ordinal);
            Assert.Matches(SemanticVersion(), package.Version);
            Assert.Contains("README.md", package.Files);
            Assert.Contains("LICENSE", package.Files);
        }
        Assert.Equal("jsl", tool.Id);
        Assert.Equal("DotnetTool", tool.PackageType);
        Assert.Contains("tools/net10.0/any/jsl.dll", tool.Files);
        Assert.Equal("Jsl.Core", library.Id);
        Assert.Contains("lib/net10.0/Jsl.Core.dll", library.Files);
        Assert.Equal(tool.Version, library.Version);

        var jsl = Install(packages);
        var run = DotnetCommand.Run(jsl, ["-e", "1+1"], TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, "the installed jsl failed:\n" + run.Output);
        Assert.Equal("2\n", run.Output);
    }

    [Fact]
    public void A_source_tree_without_git_still_packs_with_the_default_version()
    {
        // Outside any repository: the temporary folder holds only what a source archive would.
        var tree = Path.Combine(directory, "source");
        CopyTree(Path.Combine(RepositoryPaths.Root, "src"), Path.Combine(tree, "src"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "README.md", "LICENSE" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(tree, file));
        }
        var packages = Path.Combine(directory, "packages");
        var pack = DotnetCommand.Run("dotnet", ["pack", Path.Combine(tree, "src", "Jsl", "Jsl.Core.csproj"), "-c", "Release", "-o", packages, "-nodeReuse:false", "-p:UseSharedCompilation=false"], PackLimit);
        Assert.True(pack.ExitCode == 0, "dotnet pack without .git failed:\n" + pack.Output);
        Assert.Contains("MINVER1001", pack.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(packages, "Jsl.Core.0.1.0-alpha.0.nupkg")), "packages: " + string.Join(", ", Directory.GetFiles(packages)));
    }

    /// <summary>Copies a source folder without its build output.</summary>
    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyTree(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [Theory]
    [InlineData("docs/cli.md")]
    [InlineData("README.md")]
    public void The_page_gives_the_commands_this_test_runs(string page)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, page));
        Assert.Contains("dotnet pack jsl.slnx -c Release -o packages", text, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --tool-path tools --add-source packages jsl --prerelease", text, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/Jsl.Cli -c Release -r linux-x64 -p:PublishAot=true -o native", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// docs/cli.md's install command, with the folder as the only source (a config that clears the
    /// others, so nothing is fetched from outside) and a fresh package cache (so a package of the same
    /// version packed earlier cannot stand in for this one).
    /// </summary>
    private string Install(string packages)
    {
        var config = Path.Combine(directory, "nuget.config");
        File.WriteAllText(config, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /></packageSources></configuration>
            """);
        var toolPath = Path.Combine(directory, "tools");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(directory, "nuget-cache") };
        var install = DotnetCommand.Run("dotnet", ["tool", "install", "--tool-path", toolPath, "--add-source", packages, "--configfile", config, "jsl", "--prerelease"], InstallLimit, environment);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);
        return Path.Combine(toolPath, "jsl");
    }

    private sealed record PackageManifest(string Id, string Version, string License, string Readme, string RepositoryUrl, string PackageType, IReadOnlyList<string> Files);

    private static PackageManifest Manifest(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        var repository = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository")?.Attribute("url")?.Value ?? "";
        var packageType = metadata.Descendants().FirstOrDefault(e => e.Name.LocalName == "packageType")?.Attribute("name")?.Value ?? "";
        return new PackageManifest(Value("id"), Value("version"), Value("license"), Value("readme"), repository, packageType, archive.Entries.Select(e => e.FullName).ToList());
    }
}
