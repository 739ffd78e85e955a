using Jsl.Tests.Support;

namespace Jsl.Tests.Docs;

/// <summary>The published list of supported functions is the built-in table, not a hand-kept copy.</summary>
public sealed class FunctionListTests
{
    [Fact]
    public void Docs_functions_md_is_generated_from_the_builtin_table()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "functions.md");
        var published = File.ReadAllText(path);
        Assert.True(published == Engine.BuiltinFunctionsMarkdown(),
            "docs/functions.md is out of date: regenerate it with `dotnet run --project src/Jsl.Cli -- --functions > docs/functions.md`");
    }
}
