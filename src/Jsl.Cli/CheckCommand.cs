namespace Jsl.Cli;

/// <summary>
/// <c>jsl check PATH...</c>: parses scripts without running them, one line per syntax error
/// (<c>FILE:LINE:COL: message</c>) on stderr; status 1 when any script fails or cannot be read.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] paths)
    {
        var status = ExitStatus.Success;
        foreach (var path in paths.SelectMany(Expand))
        {
            if (!CheckOne(path)) status = ExitStatus.ScriptError;
        }
        return status;
    }

    /// <summary>
    /// A folder stands for every <c>.jsl</c> file below it, at any depth, in ordinal order of
    /// their paths, so the report is the same on every machine. Decision: the extension is
    /// matched ignoring case (JMP on Windows saves <c>.JSL</c> too); a folder with no scripts
    /// checks nothing and passes.
    /// </summary>
    private static IEnumerable<string> Expand(string path)
    {
        if (!Directory.Exists(path)) return [path];
        var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(path, "*.jsl", options).Order(StringComparer.Ordinal);
    }

    private static bool CheckOne(string path)
    {
        string text;
        try
        {
            text = Syntax.ScriptText.DecodeScript(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: cannot read the script: {e.Message}");
            return false;
        }
        var errors = Engine.Check(text, path);
        foreach (var error in errors) Console.Error.WriteLine(error.ToString());
        return errors.Count == 0;
    }
}
