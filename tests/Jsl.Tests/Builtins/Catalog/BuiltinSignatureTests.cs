using Jsl.Builtins;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Output;
using Jsl.Syntax;
using Jsl.Tests.Support;

namespace Jsl.Tests.Builtins.Catalog;

/// <summary>
/// src/Jsl/Builtins/BuiltinSignatures.txt declares every built-in's parameters once: one line per
/// built-in, none for anything else, and the argument count is checked against it before the
/// built-in runs, on the general route and the prepared one alike.
/// </summary>
public sealed class BuiltinSignatureTests
{
    private static readonly BuiltinTable Table = BuiltinCatalog.CreateDefault();

    /// <summary>The file's lines as written (not the embedded copy), comments and blank lines left out.</summary>
    private static List<string> FileLines =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Jsl", "Builtins", "BuiltinSignatures.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    [Fact]
    public void Every_registered_builtin_has_exactly_one_line_and_no_line_names_an_unknown_builtin()
    {
        var names = FileLines.Select(l => BuiltinSignature.Parse(l).Name).ToList();
        var duplicates = names.GroupBy(n => Symbol.Intern(n)).Where(g => g.Count() > 1).Select(g => g.Key.Key).ToList();
        Assert.True(duplicates.Count == 0, "more than one line for: " + string.Join(", ", duplicates));
        var unknown = names.Where(n => Table.Find(Symbol.Intern(n)) is null).ToList();
        Assert.True(unknown.Count == 0, "lines for names that are no built-in: " + string.Join(", ", unknown));
        var listed = names.Select(Symbol.Intern).ToHashSet();
        var missing = Table.Entries.Where(e => !listed.Contains(e.Name)).Select(e => e.DisplayName).ToList();
        Assert.True(missing.Count == 0, "built-ins without a line in BuiltinSignatures.txt: " + string.Join(", ", missing));
        Assert.All(Table.Entries, e => Assert.NotNull(e.Signature));
    }

    [Fact]
    public void Each_line_is_written_as_the_builtin_is_spelled()
    {
        var misspelt = FileLines.Select(BuiltinSignature.Parse)
            .Where(s => Table.Find(Symbol.Intern(s.Name)) is { } e && e.DisplayName != s.Name)
            .Select(s => s.Name).ToList();
        Assert.True(misspelt.Count == 0, "spelt unlike the table: " + string.Join(", ", misspelt));
    }

    [Theory]
    [InlineData("Substr(string, start, length?)", 2, 3)]
    [InlineData("Print(value...)", 0, int.MaxValue)]
    [InlineData("Pi()", 0, 0)]
    [InlineData("Choose(i, expr1, more...)", 2, int.MaxValue)]
    [InlineData("Regex(source, pattern, format?, flags...)", 2, int.MaxValue)]
    public void A_line_gives_the_fewest_and_most_arguments(string line, int min, int max)
    {
        var signature = BuiltinSignature.Parse(line);
        Assert.Equal(min, signature.MinArgs);
        Assert.Equal(max, signature.MaxArgs);
    }

    [Theory]
    [InlineData("Substr(string, start?, length)")]
    [InlineData("Print(value..., other)")]
    [InlineData("Substr string")]
    [InlineData("Substr(a, , b)")]
    public void A_malformed_line_is_refused(string line) => Assert.Throws<FormatException>(() => BuiltinSignature.Parse(line));

    [Theory]
    [InlineData("Substr( \"abc\" )", "requires at least 2 arguments")]
    [InlineData("Substr( \"abc\", 1, 2, 3 )", "too many arguments")]
    [InlineData("Sqrt()", "requires one argument")]
    [InlineData("Sqrt( 1, 2 )", "too many arguments")]
    [InlineData("Pi( 1 )", "too many arguments")]
    [InlineData("Num()", "requires at least 1 argument")]
    [InlineData("Item( 1 )", "requires at least 2 arguments")]
    [InlineData("Concat Items( {\"a\"}, \",\", \"x\" )", "too many arguments")]
    public void A_wrong_count_is_one_standard_JSL_error_with_the_call_position(string script, string message)
    {
        foreach (var fastPaths in new[] { true, false })
        {
            var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null) { FastPaths = fastPaths };
            var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("x = 1;\ny = " + script + ";", "t.jsl"));
            Assert.StartsWith("t.jsl:2:5: " + message + " in access or evaluation of ", error.Message);
        }
    }

    [Fact]
    public void A_wrong_count_inside_a_loop_fails_when_it_runs_not_before()
    {
        var output = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(output), TextWriter.Null);
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("For( i = 1, i <= 3, i++, Print( i ); If( i == 2, Sqrt( 1, 2 ) ) );", "t.jsl"));
        Assert.Contains("too many arguments", error.Message);
        Assert.Equal("1\n2\n", output.ToString());
    }
}
