using System.Text.RegularExpressions;

namespace Jsl.Embedding.Tests;

/// <summary>docs/embedding.md's examples are <see cref="DocumentationExamples"/>'s, verbatim, and they print what the page says.</summary>
public sealed partial class DocumentationExampleTests
{
    [Fact]
    public void Every_csharp_block_of_the_page_is_an_example_of_the_test_project_verbatim()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "embedding.md"));
        var examples = ExamplesInSource();
        var blocks = CsharpBlock().Matches(page).Select(m => m.Groups[1].Value.TrimEnd()).ToList();
        Assert.NotEmpty(blocks);
        foreach (var block in blocks) Assert.Contains(block, examples);
        Assert.Equal(examples.Count, blocks.Count);
    }

    [Fact]
    public void The_quick_start_prints_the_value_and_the_log()
    {
        Assert.Equal(["30", "3"], Run(DocumentationExamples.QuickStart));
    }

    [Fact]
    public void The_values_example_totals_the_basket_and_names_the_kinds()
    {
        Assert.Equal(["5", "Number 1", "String \"two\"", "Other [3 4]"], Run(DocumentationExamples.Values));
    }

    [Fact]
    public void The_host_function_example_reads_a_channel_and_reports_a_bad_one()
    {
        Assert.Equal(["22.5", "\"Read Sensor: no channel 9\""], Run(DocumentationExamples.HostFunctions));
    }

    [Fact]
    public void The_cancelling_example_stops_the_loop()
    {
        Assert.Equal(["The run was cancelled"], Bounded.Run(() => Run(DocumentationExamples.Cancelling)));
    }

    [Fact]
    public void The_sockets_off_example_reports_the_error_and_the_syntax_error()
    {
        Assert.Equal(
            ["\"Socket: the host turned sockets off\"", "Syntax at 1:10: expected an expression but found ';'", "Syntax at 1:11: expected ')' but found end of file"],
            Run(DocumentationExamples.SocketsOffAndCheck));
    }

    [Fact]
    public void The_network_policy_example_refuses_the_denied_port()
    {
        Assert.Equal(
            ["{\"connect\", \"NETPOLICY: The network policy does not allow this address. \"}"],
            Bounded.Run(() => Run(DocumentationExamples.NetworkPolicyExample)));
    }

    private static List<string> Run(Action<TextWriter> example)
    {
        var output = new StringWriter();
        example(output);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Each example body of DocumentationExamples.cs, its common indentation removed.</summary>
    private static List<string> ExamplesInSource()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Jsl.Embedding.Tests", "DocumentationExamples.cs"));
        return [.. ExampleBody().Matches(source).Select(m => Dedent(m.Groups[1].Value))];
    }

    private static string Dedent(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "jsl.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("jsl.slnx not found above the test's folder");
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex(@"// example: [^\n]*\n(.*?)\n[ ]*// end example", RegexOptions.Singleline)]
    private static partial Regex ExampleBody();
}
