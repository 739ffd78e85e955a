using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Files;

/// <summary>
/// <c>Files In Directory(path, &lt;recursive(0|1)&gt;, &lt;include hidden(0|1)&gt;)</c>
/// (Scripting Index, File): the names in a directory, or with recursive the files below it.
/// </summary>
internal static class DirectoryListing
{
    private const string Recursive = "Recursive";
    private const string IncludeHidden = "Include Hidden";

    /// <summary>The built-in's body.</summary>
    public static Value FilesInDirectory(CallContext c)
    {
        c.RequireCount(1, 3);
        var path = PathResolver.Resolve(c, c.String(0));
        var recursive = false;
        var hidden = false;
        for (var i = 1; i < c.Count; i++)
        {
            var (name, on) = ReadOption(c, i);
            if (Is(name, Recursive)) recursive = on;
            else hidden = on;
        }
        if (!Directory.Exists(path)) throw c.Error($"directory not found: \"{path}\"");
        try
        {
            return new ListValue(Names(path, recursive, hidden).Select(static n => (Value)new StringValue(n)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw c.Error($"cannot list \"{path}\": {e.Message}");
        }
    }

    /// <summary>
    /// The entries, sorted. Decision: without recursive, the names of the files and directories
    /// directly inside (the Scripting Index: "directory names are included" then); with it, the
    /// files only, anywhere below, as paths relative to the directory with "/" between folders,
    /// so that <c>folder || "/" || name</c> names each file (as jsl-hamcrest includes them).
    /// Hidden entries (a name starting with ".", or marked hidden) and everything inside hidden
    /// folders are left out unless include hidden. Decision: the order is alphabetical ignoring
    /// case (ties broken by exact characters), the order JMP's own hosts (Windows, macOS) list
    /// folders in, and the same on every run whatever order the file system keeps.
    /// </summary>
    public static List<string> Names(string directory, bool recursive, bool includeHidden)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            IgnoreInaccessible = true,
            AttributesToSkip = includeHidden ? 0 : FileAttributes.Hidden,
        };
        var entries = recursive
            ? Directory.EnumerateFiles(directory, "*", options)
            : Directory.EnumerateFileSystemEntries(directory, "*", options);
        var names = entries.Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'));
        if (!includeHidden) names = names.Where(static n => !n.Split('/').Any(static part => part.StartsWith('.')));
        var list = names.ToList();
        list.Sort(static (a, b) =>
        {
            var byLetters = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
            return byLetters != 0 ? byLetters : string.CompareOrdinal(a, b);
        });
        return list;
    }

    /// <summary>
    /// One option: <c>recursive(1)</c>, a bare <c>recursive</c>, or a string naming it,
    /// <c>"recursive"</c> (jsl-hamcrest writes <c>Files In Directory(folder, "recursive")</c>);
    /// likewise include hidden. Anything else is an error rather than silently ignored.
    /// </summary>
    private static (string Name, bool On) ReadOption(CallContext c, int index)
    {
        var arg = c.ArgNode(index);
        switch (arg)
        {
            case CallNode { Args.Count: 1, Qualifier: null } call when Is(call.HeadText, Recursive) || Is(call.HeadText, IncludeHidden):
                return (call.HeadText, CallContext.IsTrue(c.Eval(call.Args[0])));
            case NameNode { Scope: NameScope.Unqualified } name when Is(name.Text, Recursive) || Is(name.Text, IncludeHidden):
                return (name.Text, true);
        }
        if (c.Eval(index) is StringValue s && (Is(s.Value, Recursive) || Is(s.Value, IncludeHidden))) return (s.Value, true);
        throw c.Error($"argument value is invalid: unknown Files In Directory option {ExpressionPrinter.Print(arg)} (it takes recursive(0|1) and include hidden(0|1))");
    }

    private static bool Is(string written, string name) => FileBuiltins.Is(written, name);
}
