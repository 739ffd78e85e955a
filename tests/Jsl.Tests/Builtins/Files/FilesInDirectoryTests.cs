namespace Jsl.Tests.Builtins.Files;

/// <summary>
/// <c>Files In Directory(path, &lt;recursive(0|1)&gt;, &lt;include hidden(0|1)&gt;)</c> on a real
/// tree (Scripting Index, File): names with directories when not recursive, relative file paths
/// with "/" when recursive, hidden entries only on request, a stable alphabetical order.
/// </summary>
public sealed class FilesInDirectoryTests
{
    private static ScriptTree Sample() => new ScriptTree()
        .Add("data/b.txt", "")
        .Add("data/A.jsl", "")
        .Add("data/c.jsl", "")
        .Add("data/Sub/inner.jsl", "")
        .Add("data/Sub/deeper/x.txt", "")
        .Add("data/.hidden", "")
        .Add("data/.secret/s.jsl", "");

    private static string[] Listing(ScriptTree tree, string call)
    {
        tree.Add("list.jsl", $"names = {call}; For( i = 1, i <= N Items( names ), i++, Write( names[i] || \"\\!N\" ) );");
        var run = tree.Run("list.jsl");
        Assert.Empty(run.Errors);
        return run.Lines;
    }

    [Fact]
    public void Without_recursive_it_lists_files_and_directories_directly_inside()
    {
        using var tree = Sample();
        Assert.Equal(["A.jsl", "b.txt", "c.jsl", "Sub"], Listing(tree, "Files In Directory( \"data\" )"));
    }

    [Fact]
    public void Recursive_lists_every_file_below_as_a_relative_path()
    {
        using var tree = Sample();
        string[] expected = ["A.jsl", "b.txt", "c.jsl", "Sub/deeper/x.txt", "Sub/inner.jsl"];
        Assert.Equal(expected, Listing(tree, "Files In Directory( \"data\", recursive( 1 ) )"));
        Assert.Equal(expected, Listing(tree, "Files In Directory( \"data\", \"recursive\" )"));
        Assert.Equal(expected, Listing(tree, "Files In Directory( \"data\", Recursive )"));
        Assert.Equal(["A.jsl", "b.txt", "c.jsl", "Sub"], Listing(tree, "Files In Directory( \"data\", recursive( 0 ) )"));
    }

    [Fact]
    public void Hidden_entries_appear_only_with_include_hidden()
    {
        using var tree = Sample();
        Assert.Equal([".hidden", ".secret", "A.jsl", "b.txt", "c.jsl", "Sub"], Listing(tree, "Files In Directory( \"data\", include hidden( 1 ) )"));
        Assert.Equal([".hidden", ".secret/s.jsl", "A.jsl", "b.txt", "c.jsl", "Sub/deeper/x.txt", "Sub/inner.jsl"],
            Listing(tree, "Files In Directory( \"data\", recursive( 1 ), include hidden( 1 ) )"));
        Assert.Equal(["A.jsl", "b.txt", "c.jsl", "Sub"], Listing(tree, "Files In Directory( \"data\", include hidden( 0 ) )"));
    }

    [Fact]
    public void A_relative_folder_is_found_next_to_the_file_running_now()
    {
        using var tree = Sample().Add("data/lister.jsl", "Write( Concat Items( Files In Directory( \"Sub\", \"recursive\" ), \",\" ) );");
        tree.Add("main.jsl", "Include( \"data/lister.jsl\" );");
        var run = tree.Run("main.jsl");
        Assert.Empty(run.Errors);
        Assert.Equal(["deeper/x.txt,inner.jsl"], run.Lines);
    }

    [Fact]
    public void Unknown_options_and_missing_folders_are_errors()
    {
        using var tree = Sample()
            .Add("option.jsl", "Files In Directory( \"data\", \"sideways\" );")
            .Add("missing.jsl", "Files In Directory( \"nothing here\" );");
        Assert.StartsWith(tree.PathOf("option.jsl") + ":1:1: argument value is invalid: unknown Files In Directory option \"sideways\"", Assert.Single(tree.Run("option.jsl").Errors));
        Assert.StartsWith(tree.PathOf("missing.jsl") + ":1:1: directory not found: \"" + tree.PathOf("nothing here") + "\"", Assert.Single(tree.Run("missing.jsl").Errors));
    }
}
