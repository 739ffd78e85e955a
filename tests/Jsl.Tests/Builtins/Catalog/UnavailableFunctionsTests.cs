using Jsl.Builtins;
using Jsl.Syntax;
using Jsl.Tests.Support;

namespace Jsl.Tests.Builtins.Catalog;

/// <summary>
/// The list of JMP functions jsl does not provide (src/Jsl/Builtins/UnavailableFunctions.txt) is
/// exactly the Scripting Index's function names that are not built-ins: nothing invented, nothing
/// implemented, nothing forgotten.
/// </summary>
public sealed class UnavailableFunctionsTests
{
    /// <summary>Index names the parser handles itself: a call to them never reaches the built-ins.</summary>
    private static readonly string[] SyntaxNames = ["Name", "JSL Quote"];

    private static readonly Jsl.Runtime.Evaluation.BuiltinTable Table = BuiltinCatalog.CreateDefault();

    private static List<string> IndexNames() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Jsl.Tests", "Builtins", "Catalog", "ScriptingIndexFunctions.txt"))
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Trim())
            .ToList();

    [Fact]
    public void Every_entry_is_a_Scripting_Index_function_name()
    {
        var index = IndexNames().Select(Symbol.Intern).ToHashSet();
        var strangers = UnavailableFunctions.Names.Where(n => !index.Contains(Symbol.Intern(n))).ToList();
        Assert.True(strangers.Count == 0, "not in the Scripting Index: " + string.Join(", ", strangers));
    }

    [Fact]
    public void No_entry_is_a_builtin()
    {
        var implemented = UnavailableFunctions.Names.Where(n => Table.Find(Symbol.Intern(n)) is not null).ToList();
        Assert.True(implemented.Count == 0, "implemented now, remove from UnavailableFunctions.txt: " + string.Join(", ", implemented));
    }

    [Fact]
    public void Every_Index_name_is_a_builtin_or_listed()
    {
        var listed = UnavailableFunctions.Names.Select(Symbol.Intern).ToHashSet();
        var syntax = SyntaxNames.Select(Symbol.Intern).ToHashSet();
        var forgotten = IndexNames().Where(n => Table.Find(Symbol.Intern(n)) is null && !listed.Contains(Symbol.Intern(n)) && !syntax.Contains(Symbol.Intern(n))).ToList();
        Assert.True(forgotten.Count == 0, "neither built in nor listed as unavailable: " + string.Join(", ", forgotten));
    }

    [Fact]
    public void Entries_are_listed_once()
    {
        var twice = UnavailableFunctions.Names.GroupBy(Symbol.Intern).Where(g => g.Count() > 1).Select(g => g.First()).ToList();
        Assert.Empty(twice);
    }

    [Theory]
    [InlineData("New Table( \"t\" )", "New Table is not available in jsl")]
    [InlineData("new window( \"w\", Text Box( \"x\" ) )", "New Window is not available in jsl")]
    [InlineData("Open( \"$SAMPLE_DATA/Big Class.jmp\" )", "Open is not available in jsl")]
    [InlineData("Nw Table( \"t\" )", "Name Unresolved: Nw Table")]
    public void Calling_an_unavailable_function_says_so_and_a_misspelt_one_is_unresolved(string script, string message)
    {
        var engine = new Engine();
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate(script, "t.jsl"));
        Assert.StartsWith($"t.jsl:1:1: {message} in access or evaluation of", error.Message);
    }
}
