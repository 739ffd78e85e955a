using Jsl.Tests.Support;

namespace Jsl.Tests.Cli;

/// <summary><c>jsl check DIR</c>: every <c>.jsl</c> file below a folder, in a stable order, one line per error.</summary>
public sealed class CheckFolderTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly ScriptFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text) => _folder.Write(name, text);

    [Fact]
    public void A_folder_checks_every_script_below_it_in_order()
    {
        Write("a/good.jsl", "Print( \"never runs\" );\n");
        var deep = Write("b/sub/deep.JSL", "x = (1 + ;\n");
        var bad = Write("b/bad.jsl", "x = (1 + ;\ny = {1, 2;\n");
        Write("notes.txt", "x = (1 + ;\n");
        var result = JslProcess.Run(Limit, "check", _folder.Root);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.TrimEnd('\n').Split('\n');
        var files = lines.Select(l => l[..(l.IndexOf(".jsl:", StringComparison.OrdinalIgnoreCase) + 4)]).Distinct().ToList();
        Assert.Equal([bad, deep], files);
        Assert.True(lines.Count(l => l.StartsWith($"{bad}:", StringComparison.Ordinal)) >= 2, result.Stderr);
        Assert.All(lines, l => Assert.Matches(@":\d+:\d+: ", l));
    }

    [Fact]
    public void A_folder_of_good_scripts_passes_silently()
    {
        Write("one.jsl", "Print( 1 );\n");
        Write("two/two.jsl", "#!/usr/bin/env jsl\nPrint( 2 );\n");
        var result = JslProcess.Run(Limit, "check", _folder.Root);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout + result.Stderr);
    }

    [Fact]
    public void Folders_and_files_mix()
    {
        Write("lib/ok.jsl", "x = 1;\n");
        var bad = Write("main.jsl", "Print( ;\n");
        var result = JslProcess.Run(Limit, "check", Path.Combine(_folder.Root, "lib"), bad);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{bad}:", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }
}
