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

    [Fact]
    public void Each_function_is_listed_with_its_signature()
    {
        var published = Engine.BuiltinFunctionsMarkdown();
        Assert.Contains("\n- `Substr(string, start, length?)`\n", published);
        Assert.Contains("\n- `Print(value...)`\n", published);
        Assert.Contains("\n- `Pi()`\n", published);
        var listed = published.Split('\n').Count(line => line.StartsWith("- `", StringComparison.Ordinal) && line.EndsWith(")`", StringComparison.Ordinal));
        Assert.True(listed >= Engine.BuiltinFunctions.Count(), $"{listed} signature lines for {Engine.BuiltinFunctions.Count()} functions");
    }
}
