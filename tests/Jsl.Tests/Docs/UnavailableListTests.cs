using Jsl.Tests.Support;

namespace Jsl.Tests.Docs;

/// <summary>docs/unavailable.md, the known JMP functions jsl does not provide, is the data file, not a hand-kept copy.</summary>
public sealed class UnavailableListTests
{
    private const string Regenerate = "regenerate it with `dotnet run --project src/Jsl.Cli -- --unavailable > docs/unavailable.md`";

    private static string Published => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "unavailable.md"));

    private static IEnumerable<string> DataFileNames =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Jsl", "Builtins", "UnavailableFunctions.txt"))
            .Select(line => line.Trim()).Where(line => line.Length > 0);

    [Fact]
    public void Docs_unavailable_md_is_generated_from_the_data_file()
    {
        Assert.True(Published == Engine.UnavailableFunctionsMarkdown(), "docs/unavailable.md is out of date: " + Regenerate);
    }

    [Fact]
    public void The_page_names_every_function_of_the_data_file_and_none_that_jsl_provides()
    {
        var published = Published;
        var missing = DataFileNames.Where(name => !published.Contains($"`{name}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not on docs/unavailable.md: " + string.Join(", ", missing));
        var provided = Engine.BuiltinFunctions.Select(f => f.Name).Where(name => published.Contains($"`{name}`", StringComparison.Ordinal)).ToList();
        Assert.True(provided.Count == 0, "docs/unavailable.md lists functions jsl provides: " + string.Join(", ", provided));
        Assert.Contains($"the {DataFileNames.Count()} functions", published);
    }

    [Fact]
    public void Jsl_unavailable_prints_the_page()
    {
        var result = JslProcess.Run(TimeSpan.FromSeconds(60), "--unavailable");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Engine.UnavailableFunctionsMarkdown(), result.Stdout);
        Assert.Equal("", result.Stderr);
    }
}
