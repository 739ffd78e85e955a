using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Files;

/// <summary>
/// Turns a JSL path into a file-system path: expands a leading path variable (<c>$TEMP/x.txt</c>),
/// accepts <c>\</c> as a separator, and resolves relative paths against the default directory.
/// </summary>
internal static class PathResolver
{
    /// <summary>
    /// The value of path variable <paramref name="name"/> (without <c>$</c>), ending in <c>/</c>; null when unknown.
    /// Decision: on Linux and macOS the variables JMP documents map to TEMP = the system temporary
    /// directory, HOME = the home directory, DOCUMENTS / DESKTOP / DOWNLOADS = ~/Documents,
    /// ~/Desktop, ~/Downloads (the home directory when that folder does not exist), USER_APPDATA =
    /// $XDG_DATA_HOME/jsl (~/.local/share/jsl). JMP's installation folders (SAMPLE_DATA, ...) do not
    /// exist here and are unknown. Values end in a separator, as JMP's do, so that
    /// <c>Get Path Variable( "TEMP" ) || "x.txt"</c> names a file in the directory.
    /// </summary>
    public static string? PathVariable(CallContext c, string name)
    {
        var key = name.Trim().TrimStart('$');
        if (c.Interpreter.State.Files.PathVariables.TryGetValue(key, out var set)) return WithSlash(set);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (string.IsNullOrEmpty(home)) home = Environment.GetEnvironmentVariable("HOME") ?? "/";
        var value = key.ToUpperInvariant() switch
        {
            "TEMP" => Path.GetTempPath(),
            "HOME" => home,
            "DOCUMENTS" => HomeFolder(home, "Documents"),
            "DESKTOP" => HomeFolder(home, "Desktop"),
            "DOWNLOADS" => HomeFolder(home, "Downloads"),
            "USER_APPDATA" => UserAppData(home),
            _ => AddinHome(home, key),
        };
        return value is null ? null : WithSlash(value);
    }

    /// <summary>Sets a path variable for this interpreter.</summary>
    public static void SetPathVariable(CallContext c, string name, string value) =>
        c.Interpreter.State.Files.PathVariables[name.Trim().TrimStart('$')] = value;

    /// <summary>
    /// The default directory, ending in <c>/</c>. Decision (Scripting Index, Get Default Directory:
    /// "the directory containing the currently executing script"): the file that is running
    /// decides, dynamically. While <c>Include</c> runs a file, that is the included file's
    /// directory (or what it passed to <c>Set Default Directory</c>), even inside a function
    /// defined in another file; so jsl-hamcrest's helper, defined in Core/Utils.jsl, lists
    /// "Matchers" next to whichever file calls it. Outside included files it is the directory
    /// the top-level script set, else the top-level script's directory, else the process's
    /// current directory (a script given with <c>-e</c> or typed at the prompt).
    /// </summary>
    public static string DefaultDirectory(CallContext c)
    {
        var state = c.Interpreter.State.Files;
        if (state.Current is { } running) return running.DefaultDirectory;
        if (state.DefaultDirectory is { } set) return WithSlash(set);
        var script = TopLevelScript(c);
        if (script is not null && Path.GetDirectoryName(script) is { Length: > 0 } dir) return WithSlash(dir);
        return WithSlash(Environment.CurrentDirectory);
    }

    /// <summary>
    /// Sets the default directory. Decision: inside an included file it lasts while that file
    /// runs; when the <c>Include</c> returns, the includer's default directory is back.
    /// </summary>
    public static void SetDefaultDirectory(CallContext c, string directory)
    {
        var state = c.Interpreter.State.Files;
        if (state.Current is { } running) running.SetDirectory = WithSlash(directory);
        else state.DefaultDirectory = WithSlash(directory);
    }

    /// <summary>The absolute path of the top-level script file, or null when it is not a file (<c>-e</c>, the prompt).</summary>
    public static string? TopLevelScript(CallContext c)
    {
        var script = c.Scope.ScriptPath;
        if (string.IsNullOrEmpty(script) || !File.Exists(script)) return null;
        return Path.GetFullPath(script);
    }

    /// <summary>The absolute file-system path for <paramref name="path"/>; a JSL error when a path variable is unknown or the path is empty.</summary>
    public static string Resolve(CallContext c, string path) => TryResolve(c, path, out var error) ?? throw c.Error(error);

    /// <summary>Like <see cref="Resolve"/>, but returns null with the reason instead of failing.</summary>
    public static string? TryResolve(CallContext c, string path, out string error)
    {
        error = "";
        var p = path.Trim();
        if (p.Length == 0)
        {
            error = "invalid path: the path is empty";
            return null;
        }
        if (p[0] == '$')
        {
            var end = p.IndexOfAny(['/', '\\']);
            var name = end < 0 ? p[1..] : p[1..end];
            var value = PathVariable(c, name);
            if (value is null)
            {
                error = $"unknown path variable ${name} in path \"{path}\"";
                return null;
            }
            p = value + (end < 0 ? "" : p[(end + 1)..]);
        }
        // Decision: outside Windows a backslash is a directory separator too, so scripts written
        // on Windows ("$TEMP\out.txt") work unchanged.
        if (!OperatingSystem.IsWindows()) p = p.Replace('\\', '/');
        try
        {
            return Path.GetFullPath(Path.IsPathRooted(p) ? p : Path.Combine(DefaultDirectory(c), p));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error = $"invalid path \"{path}\": {e.Message}";
            return null;
        }
    }

    /// <summary>Adds a trailing <c>/</c> (the platform separator) when missing.</summary>
    public static string WithSlash(string dir) =>
        dir.EndsWith('/') || dir.EndsWith(Path.DirectorySeparatorChar) ? dir : dir + Path.DirectorySeparatorChar;

    private static string UserAppData(string home) =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share"), "jsl");

    /// <summary>
    /// <c>ADDIN_HOME(id)</c>: the folder of add-in <c>id</c>. Decision: JMP keeps add-ins in
    /// an Addins folder of the user's application data (Scripting Guide, Path Variables), so here
    /// it is USER_APPDATA/Addins/id, whether or not it exists (JMP's own listing example filters
    /// with Directory Exists); a script points it elsewhere with Set Path Variable.
    /// </summary>
    private static string? AddinHome(string home, string key)
    {
        const string prefix = "ADDIN_HOME(";
        if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(')')) return null;
        var id = key[prefix.Length..^1].Trim();
        if (id.Length == 0 || id.IndexOfAny(['/', '\\']) >= 0 || id is "." or "..") return null;
        return Path.Combine(UserAppData(home), "Addins", id);
    }

    private static string HomeFolder(string home, string folder)
    {
        var path = Path.Combine(home, folder);
        return Directory.Exists(path) ? path : home;
    }
}
