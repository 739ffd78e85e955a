using Jsl.Tests.Support;

namespace Jsl.Tests.Cli.Interactive;

/// <summary><c>jsl --repl</c> with standard input piped: plain lines in, values out, no escape codes, no history file.</summary>
public sealed class LineReplTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly ScriptFolder _home = new();

    public void Dispose() => _home.Dispose();

    private JslProcess.Result Repl(string input) =>
        JslProcess.RunWithInput(Limit, new Dictionary<string, string> { ["HOME"] = _home.Root }, input, "--repl");

    [Fact]
    public void Names_default_to_here_carries_to_the_next_entry()
    {
        var result = Repl("Names Default To Here( 1 ); y = 5;\ny * 2\n");
        Assert.Equal("", result.Stderr);
        Assert.Equal("5\n10\n", result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Piped_lines_write_no_escape_codes_and_no_history_file()
    {
        var result = Repl("x = 1 + 2;\nFor( i = 1, i <= 2, i++,\n  Print( i ) )\nx\n");
        Assert.Equal("3\n1\n2\n3\n", result.Stdout);
        Assert.DoesNotContain('\x1b', result.Stdout + result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_home.Root));
    }

    [Fact]
    public void An_error_in_one_entry_leaves_the_definitions_of_the_others()
    {
        var result = Repl("f = Function( {x}, x * 2 );\nundefined name\nf( 21 )\n");
        Assert.Equal("Function({x}, x * 2)\n42\n", result.Stdout);
        Assert.Equal("repl:1:1: Name Unresolved: undefined name in access or evaluation of 'undefined name' , undefined name/*###*/\n", result.Stderr);
        Assert.Equal(0, result.ExitCode);
    }
}
