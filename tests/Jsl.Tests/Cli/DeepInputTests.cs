using System.Text;
using Jsl.Tests.Support;

namespace Jsl.Tests.Cli;

/// <summary>
/// Scripts that <c>jsl check</c> accepts but nest very deeply never abort the real <c>jsl</c>
/// (a stack overflow is exit 134 with a .NET trace): they run, or end with one depth error line.
/// </summary>
public sealed class DeepInputTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);
    private readonly string _dir = Directory.CreateTempSubdirectory("jsl-deep-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Script(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Chain(string first, string joint, int terms)
    {
        var sb = new StringBuilder(first);
        for (var i = 1; i < terms; i++) sb.Append(joint);
        return sb.ToString();
    }

    /// <summary>Exit 0 with the expected output, or exit 1 with exactly one error line for the script's first line.</summary>
    private static void AssertRanOrOneErrorLine(string path, string expectedStdout, string errorPattern)
    {
        var check = JslProcess.Run(Limit, "check", path);
        Assert.Equal(0, check.ExitCode);
        var result = JslProcess.Run(Limit, path);
        Assert.DoesNotContain("Stack overflow", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        if (result.ExitCode == 0)
        {
            Assert.Equal(expectedStdout, result.Stdout);
            return;
        }
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(path) + @":1:\d+: " + errorPattern, line);
    }

    [Fact]
    public void A_million_term_concatenation_runs_or_gives_one_depth_error_line()
    {
        var path = Script("concat.jsl", "x = " + Chain("\"a\"", " || \"a\"", 1_000_000) + ";\nPrint( Length( x ) );\n");
        AssertRanOrOneErrorLine(path, "1000000\n", "Recursion too deep in access or evaluation of 'Concat' , ");
    }

    [Fact]
    public void A_deep_product_failing_at_its_end_gives_one_error_line()
    {
        var path = Script("product.jsl", "y = " + Chain("1", " * -1", 1_000_000) + " * \"s\";\n");
        AssertRanOrOneErrorLine(path, "", "(Recursion too deep|Cannot convert argument to a number \\[or matrix\\]) in access or evaluation of 'Multiply' , ");
    }

    [Fact]
    public void Deep_subscripts_and_sends_give_one_error_line()
    {
        AssertRanOrOneErrorLine(Script("subscripts.jsl", "x = {1}; y = x" + Chain("[1]", "[1]", 300_000) + ";\n"), "",
            "(Recursion too deep|Subscript target is not a list, matrix or associative array \\(Number\\)) in access or evaluation of 'Subscript' , ");
        AssertRanOrOneErrorLine(Script("sends.jsl", "a = 1; y = a" + Chain(" << a", " << a", 300_000) + ";\n"), "",
            "(Recursion too deep|Send Expects Scriptable Object \\(Number\\)) in access or evaluation of 'Send' , ");
    }
}
