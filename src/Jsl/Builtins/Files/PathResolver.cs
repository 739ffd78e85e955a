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
            "USER_APPDATA" => Path.Combine(Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share"), "jsl"),
            _ => null,
        };
        return value is null ? null : WithSlash(value);
    }

    /// <summary>Sets a path variable for this interpreter.</summary>
    public static void SetPathVariable(CallContext c, string name, string value) =>
        c.Interpreter.State.Files.PathVariables[name.Trim().TrimStart('$')] = value;

    /// <summary>
    /// The default directory, ending in <c>/</c>: the one the script set, else the directory of
    /// the running script file, else the process's current directory.
    /// </summary>
    public static string DefaultDirectory(CallContext c)
    {
        var set = c.Interpreter.State.Files.DefaultDirectory;
        if (set is not null) return WithSlash(set);
        var script = c.Scope.ScriptPath;
        if (!string.IsNullOrEmpty(script) && File.Exists(script))
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(script));
            if (!string.IsNullOrEmpty(dir)) return WithSlash(dir);
        }
        return WithSlash(Environment.CurrentDirectory);
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

    private static string HomeFolder(string home, string folder)
    {
        var path = Path.Combine(home, folder);
        return Directory.Exists(path) ? path : home;
    }
}
