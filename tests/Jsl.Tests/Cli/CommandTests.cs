using Jsl.Tests.Support;

namespace Jsl.Tests.Cli;

/// <summary>The <c>jsl</c> command as a user meets it: output, error lines and exit statuses.</summary>
public sealed class CommandTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Script(string name, string text) => _folder.Write(name, text);

    [Fact]
    public void Runs_a_file_and_prints_its_log_line_by_line()
    {
        var path = Script("demo.jsl", "Print(1 + 2);\nWrite(\"a\");\nShow(x = 5);\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("3\na\nx = 5 = 5;\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Eval_prints_the_value_of_the_last_expression()
    {
        var result = JslProcess.Run(Limit, "-e", "x = {1, 2 + 3}; x");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{1, 2 + 3}\n", result.Stdout);
    }

    [Fact]
    public void An_unresolved_name_gives_one_positioned_line_and_status_1()
    {
        var path = Script("bad.jsl", "x = 1;\ny = 2;\nz = 3 + foo;\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}:3:9: Name Unresolved: foo in access or evaluation of 'foo' , foo/*###*/\n", result.Stderr);
    }

    [Fact]
    public void An_unknown_function_gives_one_positioned_line_and_status_1()
    {
        var path = Script("unknown.jsl", "Print(1);\n  No Such Function(2);\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("1\n", result.Stdout);
        Assert.StartsWith($"{path}:2:3: Name Unresolved: No Such Function", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_wrong_argument_type_gives_one_positioned_line_and_status_1()
    {
        var path = Script("type.jsl", "a = 1;\nb = a + \"text\";\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{path}:2:7: ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_script_reports_syntax_errors_and_runs_nothing()
    {
        var path = Script("syntax.jsl", "Print(\"ran\");\nx = (1 + ;\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith($"{path}:2:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("expected", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_every_syntax_error_and_runs_nothing()
    {
        var good = Script("good.jsl", "Print(\"should not run\");");
        var bad = Script("bad2.jsl", "x = (1 + ;\ny = {1, 2;\n");
        var result = JslProcess.Run(Limit, "check", good, bad);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length >= 2, result.Stderr);
        Assert.All(lines, l => Assert.StartsWith($"{bad}:", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_passes_a_good_script()
    {
        var good = Script("good.jsl", "Print(\"should not run\");");
        var result = JslProcess.Run(Limit, "check", good);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout + result.Stderr);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var result = JslProcess.Run(Limit, Path.Combine(_folder.Root, "nope.jsl"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.jsl", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uncaught_throw_prints_its_message_at_the_throw()
    {
        var path = Script("throw.jsl", "x = 1;\nThrow(\"boom\");\n");
        var result = JslProcess.Run(Limit, path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}:2:1: boom\n", result.Stderr);
    }

    [Fact]
    public void Stop_ends_the_run_without_an_error()
    {
        var result = JslProcess.Run(Limit, "-e", "Print(1); Stop(); Print(2)");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1\n", result.Stdout);
    }

    [Fact]
    public void Deep_recursion_is_a_jsl_error_not_a_crash()
    {
        var result = JslProcess.Run(Limit, "-e", "f = Function({n}, f(n + 1)); f(1)");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Recursion too deep", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repl_keeps_definitions_and_reads_multi_line_entries()
    {
        var input = "x = 1 + 2;\nf = Function({a},\n  a * 10\n);\nf(x)\nfoo\nPrint(\"hi\")\nQuit();\nPrint(\"never\")\n";
        var result = JslProcess.RunWithInput(Limit, null, input, "--repl");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("3\nFunction({a}, a * 10)\n30\n\"hi\"\n", result.Stdout);
        Assert.Equal("repl:1:1: Name Unresolved: foo in access or evaluation of 'foo' , foo/*###*/\n", result.Stderr);
    }
}
