using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Files;

/// <summary>
/// Whole-directory operations and write checks (Scripting Index, File): <c>Copy Directory</c>,
/// <c>Move Directory</c>, <c>Rename Directory</c>, <c>Is Directory Writable</c>, <c>Is File Writable</c>.
/// Like the file functions they return 1 or 0, and a source that does not exist is an error.
/// </summary>
/// <remarks>
/// Decision: as the Index's example shows (<c>Copy Directory("$SAMPLE_DATA/Loss Function
/// Templates", "$TEMP")</c> makes <c>$TEMP/Loss Function Templates</c>), a destination that is an
/// existing directory receives the source under its own name; any other destination is the new
/// path. Nothing is overwritten: a destination that already exists gives 0.
/// </remarks>
internal static class DirectoryBuiltins
{
    private const string Category = "Files";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Copy Directory", c => Transfer(c, "Copy Directory", CopyTree));
        table.Add(Category, "Move Directory", c => Transfer(c, "Move Directory", Directory.Move));
        table.Add(Category, "Rename Directory", RenameDirectory);
        table.Add(Category, "Is Directory Writable", c =>
        {
            c.RequireCount(1, 1);
            var path = PathResolver.TryResolve(c, c.String(0), out _);
            return NumberValue.Of(path is not null && Directory.Exists(path) && CanWriteIn(path));
        });
        table.Add(Category, "Is File Writable", c =>
        {
            c.RequireCount(1, 1);
            var path = PathResolver.TryResolve(c, c.String(0), out _);
            return NumberValue.Of(path is not null && File.Exists(path) && CanWrite(path));
        });
    }

    private static Value Transfer(CallContext c, string function, Action<string, string> operation)
    {
        c.RequireCount(2, 2);
        var from = Path.TrimEndingDirectorySeparator(PathResolver.Resolve(c, c.String(0)));
        var to = Path.TrimEndingDirectorySeparator(PathResolver.Resolve(c, c.String(1)));
        if (!Directory.Exists(from)) throw c.Error($"{function}: directory not found: \"{from}\"");
        if (Directory.Exists(to)) to = Path.Combine(to, Path.GetFileName(from));
        if (File.Exists(to) || Directory.Exists(to)) return NumberValue.Zero;
        var full = Path.GetFullPath(from) + Path.DirectorySeparatorChar;
        if (Path.GetFullPath(to).StartsWith(full, StringComparison.Ordinal)) return NumberValue.Zero;
        return FileBuiltins.Attempt(() => operation(from, to));
    }

    /// <summary>Copies a directory tree; symbolic links are copied as the files they point to.</summary>
    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var sub in Directory.EnumerateDirectories(from)) CopyTree(sub, Path.Combine(to, Path.GetFileName(sub)));
    }

    private static Value RenameDirectory(CallContext c)
    {
        c.RequireCount(2, 2);
        var from = Path.TrimEndingDirectorySeparator(PathResolver.Resolve(c, c.String(0)));
        var name = c.String(1);
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0) throw c.Error($"argument value is invalid: the new name \"{name}\" must not contain a path");
        if (!Directory.Exists(from)) throw c.Error($"Rename Directory: directory not found: \"{from}\"");
        var to = Path.Combine(Path.GetDirectoryName(from) ?? "", name);
        if (File.Exists(to) || Directory.Exists(to)) return NumberValue.Zero;
        return FileBuiltins.Attempt(() => Directory.Move(from, to));
    }

    /// <summary>True when a file can be made in the directory: tried, then removed (the permission bits alone do not say, under root or ACLs).</summary>
    private static bool CanWriteIn(string directory)
    {
        var probe = Path.Combine(directory, ".jsl-write-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when the file opens for writing (opened and closed again, its content untouched).</summary>
    private static bool CanWrite(string file)
    {
        try
        {
            using (new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
            {
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
