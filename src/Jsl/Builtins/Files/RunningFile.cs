namespace Jsl.Builtins.Files;

/// <summary>
/// A script file that <c>Include</c> is running: its absolute path and the default directory
/// relative paths resolve against while it runs (its own directory until it calls
/// <c>Set Default Directory</c>).
/// </summary>
internal sealed class RunningFile(string path)
{
    /// <summary>The file's absolute path.</summary>
    public string Path { get; } = path;

    /// <summary>The directory set by <c>Set Default Directory</c> while this file runs; null until then.</summary>
    public string? SetDirectory { get; set; }

    /// <summary>The default directory while this file runs, ending in a separator.</summary>
    public string DefaultDirectory => SetDirectory ?? PathResolver.WithSlash(System.IO.Path.GetDirectoryName(Path) ?? "/");
}
