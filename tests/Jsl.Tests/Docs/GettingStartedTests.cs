using System.Text.RegularExpressions;
using Jsl.Tests.Support;

namespace Jsl.Tests.Docs;

/// <summary>
/// docs/getting-started.md shows scripts and what they print; each script on it is a file of
/// examples/ (which ExampleScriptTests runs), and each output on it is what jsl prints today.
/// </summary>
public sealed partial class GettingStartedTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static string Page => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "getting-started.md"));

    [GeneratedRegex(@"^```jsl\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex JslBlock();

    [Fact]
    public void Every_script_on_the_page_is_an_example_file_word_for_word()
    {
        var blocks = JslBlock().Matches(Page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, blocks.Count);
        var examples = Directory.EnumerateFiles(RepositoryPaths.Examples, "*.jsl").ToDictionary(f => File.ReadAllText(f), Path.GetFileName);
        foreach (var block in blocks)
        {
            Assert.True(examples.ContainsKey(block), "a script on docs/getting-started.md is no file of examples/ (copy the file again):\n" + block);
        }
    }

    [Theory]
    [InlineData("hello.jsl")]
    [InlineData("echo_pair.jsl")]
    public void The_output_on_the_page_is_what_the_example_prints(string name)
    {
        var result = JslProcess.Run(Limit, Path.Combine(RepositoryPaths.Examples, name));
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stderr}");
        Assert.Contains("```\n" + result.Stdout + "```\n", Page);
    }

    [Fact]
    public void The_repl_session_on_the_page_prints_what_jsl_prints()
    {
        var result = JslProcess.RunWithInput(Limit, null, "sq = Function( {x}, x * x );\nsq( 12 )\nFor( i = 1, i <= 2, i++,\n  Print( i ) )\n", "--repl");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Function({x}, x * x)\n144\n1\n2\n", result.Stdout);
        Assert.Contains("jsl> sq = Function( {x}, x * x );\nFunction({x}, x * x)\njsl> sq( 12 )\n144\njsl> For( i = 1, i <= 2, i++,\n...>   Print( i ) )\n1\n2\n", Page);
    }
}
