using System.Text;
using Jsl.Runtime.Descriptors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Files;

/// <summary>
/// Registers the Files built-ins: reading and writing text files, file and directory tests and
/// operations, the default directory, path variables and environment variables. Every failure
/// is a JSL error naming the path.
/// </summary>
internal static class FileBuiltins
{
    private const string Category = "Files";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Load Text File", LoadTextFile);
        table.Add(Category, "Save Text File", SaveTextFile);
        table.Add(Category, "File Exists", static c => Test(c, File.Exists));
        table.Add(Category, "Is File", static c => Test(c, File.Exists));
        table.Add(Category, "Directory Exists", static c => Test(c, Directory.Exists));
        table.Add(Category, "Is Directory", static c => Test(c, Directory.Exists));
        table.Add(Category, "Delete File", DeleteFile);
        table.Add(Category, "Delete Directory", DeleteDirectory);
        table.Add(Category, "Create Directory", CreateDirectory);
        table.Add(Category, "File Size", static c =>
        {
            var path = PathResolver.TryResolve(c, c.String(0), out _);
            return path is not null && File.Exists(path) ? NumberValue.Of(new FileInfo(path).Length) : NumberValue.Missing;
        });
        table.Add(Category, "Files In Directory", DirectoryListing.FilesInDirectory);
        table.Add(Category, "Copy File", static c => Transfer(c, static (from, to) => File.Copy(from, to, overwrite: false)));
        table.Add(Category, "Move File", static c => Transfer(c, static (from, to) => File.Move(from, to, overwrite: false)));
        table.Add(Category, "Rename File", RenameFile);
        table.Add(Category, "Last Modification Date", static c => FileDate(c, File.GetLastWriteTime, Directory.GetLastWriteTime));
        table.Add(Category, "Creation Date", static c => FileDate(c, File.GetCreationTime, Directory.GetCreationTime));

        table.Add(Category, "Get Default Directory", static c =>
        {
            return new StringValue(PathResolver.DefaultDirectory(c));
        });
        table.Add(Category, "Set Default Directory", static c =>
        {
            var path = PathResolver.Resolve(c, c.String(0));
            if (!Directory.Exists(path)) throw c.Error($"directory not found: \"{path}\"");
            PathResolver.SetDefaultDirectory(c, path);
            return new StringValue(PathResolver.WithSlash(path));
        });
        table.Add(Category, "Convert File Path", ConvertFilePath);
        table.Add(Category, "Get Path Variable", static c =>
        {
            var name = c.String(0);
            return new StringValue(PathResolver.PathVariable(c, name) ?? throw c.Error($"unknown path variable \"{name}\""));
        });
        table.Add(Category, "Set Path Variable", static c =>
        {
            var name = c.String(0);
            var value = c.String(1);
            if (name.Trim().TrimStart('$').Length == 0) throw c.Error("argument value is invalid: the path variable name is empty");
            PathResolver.SetPathVariable(c, name, value);
            return new StringValue(value);
        });
        table.Add(Category, "Get Environment Variable", static c =>
        {
            var name = c.String(0);
            return new StringValue(name.Length == 0 ? "" : Environment.GetEnvironmentVariable(name) ?? "");
        });
    }

    private static Value LoadTextFile(CallContext c)
    {
        var path = PathResolver.Resolve(c, c.String(0));
        string? charset = null;
        string? lineSeparator = null;
        var json = false;
        CallNode? blobOptions = null;
        var blob = false;
        for (var i = 1; i < c.Count; i++)
        {
            switch (c.ArgNode(i))
            {
                case NameNode n when Is(n.Text, "BLOB"):
                    blob = true;
                    break;
                case NameNode n when Is(n.Text, "JSON"):
                    json = true;
                    break;
                case NameNode n when Is(n.Text, "XMLParse") || Is(n.Text, "SASODSXML"):
                    throw c.Error($"{n.Text} is not available in jsl");
                case CallNode call when Is(call.Head.Text, "BLOB"):
                    blob = true;
                    blobOptions = call;
                    break;
                case CallNode call when Is(call.Head.Text, "Charset") && call.Args.Count >= 1:
                    charset = c.Eval(call.Args[0]) is StringValue s ? s.Value : throw c.Error("argument value is invalid: Charset needs a string");
                    break;
                case CallNode call when Is(call.Head.Text, "LineSeparator") && call.Args.Count == 1:
                    lineSeparator = c.Eval(call.Args[0]) is StringValue sep ? sep.Value : throw c.Error("argument value is invalid: LineSeparator needs a string");
                    break;
                default:
                    throw c.Error($"argument value is invalid: unknown Load Text File option {Runtime.Formatting.ExpressionPrinter.Print(c.ArgNode(i))}");
            }
        }
        if (charset is not null && TextDecoding.Decode([], charset) is null) throw c.Error($"argument value is invalid: unknown charset \"{charset}\"");
        if (blob) return ReadBlob(c, path, blobOptions);
        var bytes = ReadAllBytes(c, path);
        var text = TextDecoding.Decode(bytes, charset ?? "best guess")!;
        if (lineSeparator is not null) text = text.ReplaceLineEndings(lineSeparator);
        return json ? Json.JsonBuiltins.Parse(c, text) : new StringValue(text);
    }

    private static BlobValue ReadBlob(CallContext c, string path, CallNode? options)
    {
        long fromBegin = 0, fromEnd = -1, length = long.MaxValue;
        foreach (var arg in options?.Args ?? [])
        {
            if (arg is not CallNode { Args.Count: 1 } option) throw c.Error("argument value is invalid: unknown BLOB option");
            var value = c.Eval(option.Args[0]) is NumberValue { IsMissing: false } n && n.Value >= 0 ? (long)n.Value : throw c.Error($"argument value is invalid: {option.Head.Text} needs a non-negative number");
            if (Is(option.Head.Text, "readOffsetFromBegin")) fromBegin = value;
            else if (Is(option.Head.Text, "readOffsetFromEnd")) fromEnd = value;
            else if (Is(option.Head.Text, "readLength")) length = value;
            else if (Is(option.Head.Text, "base64Compressed")) continue;
            else throw c.Error($"argument value is invalid: unknown BLOB option {option.Head.Text}");
        }
        var bytes = ReadAllBytes(c, path);
        var start = fromEnd >= 0 ? Math.Max(0, bytes.Length - fromEnd) : Math.Min(fromBegin, bytes.Length);
        var count = (int)Math.Min(length, bytes.Length - start);
        return new BlobValue(bytes.AsSpan((int)start, count).ToArray());
    }

    private static byte[] ReadAllBytes(CallContext c, string path)
    {
        if (Directory.Exists(path)) throw c.Error($"cannot read \"{path}\": it is a directory");
        if (!File.Exists(path)) throw c.Error($"file not found: \"{path}\"");
        try
        {
            c.Limits.CheckFile(new FileInfo(path).Length, c.Call);
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw c.Error($"cannot read \"{path}\": {(e is IOException io ? DescriptorExhaustion.Reason(io) : e.Message)}");
        }
    }

    private static Value SaveTextFile(CallContext c)
    {
        var path = PathResolver.Resolve(c, c.String(0));
        var bytes = c.Eval(1) switch
        {
            StringValue s => Encoding.UTF8.GetBytes(s.Value),
            BlobValue b => b.Bytes,
            _ => throw c.Error("argument value is invalid: Save Text File writes a string or a blob"),
        };
        var append = false;
        if (c.Count == 3)
        {
            var mode = c.Option("Mode") is { Args.Count: 1 } option && c.Eval(option.Args[0]) is StringValue m
                ? m.Value
                : throw c.Error("argument value is invalid: the third argument must be Mode( \"replace\" | \"append\" )");
            append = mode.Trim().ToLowerInvariant() switch
            {
                "replace" => false,
                "append" => true,
                _ => throw c.Error($"argument value is invalid: unknown mode \"{mode}\""),
            };
        }
        try
        {
            // Decision: text is written as UTF-8 without a byte-order mark.
            using var stream = new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write);
            stream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw c.Error($"cannot write \"{path}\": {(e is IOException io ? DescriptorExhaustion.Reason(io) : e.Message)}");
        }
        return new StringValue(path);
    }

    private static Value Test(CallContext c, Func<string, bool> exists)
    {
        c.RequireCount(1, 1);
        var path = PathResolver.TryResolve(c, c.String(0), out _);
        return NumberValue.Of(path is not null && exists(path));
    }

    private static Value DeleteFile(CallContext c)
    {
        var path = PathResolver.Resolve(c, c.String(0));
        if (!File.Exists(path)) throw c.Error($"file not found: \"{path}\"");
        return Attempt(() => File.Delete(path));
    }

    private static Value DeleteDirectory(CallContext c)
    {
        var path = PathResolver.TryResolve(c, c.String(0), out _);
        if (path is null || !Directory.Exists(path)) return NumberValue.Zero;
        return Attempt(() => Directory.Delete(path, recursive: true));
    }

    private static Value CreateDirectory(CallContext c)
    {
        c.RequireCount(1, 1);
        var path = PathResolver.Resolve(c, c.String(0));
        if (Directory.Exists(path) || File.Exists(path)) return NumberValue.Zero;
        return Attempt(() => Directory.CreateDirectory(path));
    }

    /// <summary>File operations answer 1 when done, 0 when the system refused (an I/O or access error).</summary>
    internal static Value Attempt(Action operation)
    {
        try
        {
            operation();
            return NumberValue.One;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NumberValue.Zero;
        }
    }

    private static Value Transfer(CallContext c, Action<string, string> operation)
    {
        c.RequireCount(2, 2);
        var from = PathResolver.Resolve(c, c.String(0));
        var to = PathResolver.Resolve(c, c.String(1));
        if (!File.Exists(from)) throw c.Error($"file not found: \"{from}\"");
        if (File.Exists(to) || Directory.Exists(to)) return NumberValue.Zero;
        return Attempt(() => operation(from, to));
    }

    private static Value RenameFile(CallContext c)
    {
        var from = PathResolver.Resolve(c, c.String(0));
        var name = c.String(1);
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0) throw c.Error($"argument value is invalid: the new name \"{name}\" must not contain a path");
        if (!File.Exists(from)) throw c.Error($"file not found: \"{from}\"");
        var to = Path.Combine(Path.GetDirectoryName(from) ?? "", name);
        if (File.Exists(to) || Directory.Exists(to)) return NumberValue.Zero;
        return Attempt(() => File.Move(from, to));
    }

    private static Value FileDate(CallContext c, Func<string, DateTime> fileTime, Func<string, DateTime> directoryTime)
    {
        c.RequireCount(1, 1);
        var path = PathResolver.Resolve(c, c.String(0));
        if (File.Exists(path)) return NumberValue.Of(Math.Floor(Time.JmpDate.FromDateTime(fileTime(path))));
        if (Directory.Exists(path)) return NumberValue.Of(Math.Floor(Time.JmpDate.FromDateTime(directoryTime(path))));
        throw c.Error($"file not found: \"{path}\"");
    }

    private static Value ConvertFilePath(CallContext c)
    {
        var original = c.String(0);
        var relative = false;
        var windows = false;
        string? baseDir = null;
        for (var i = 1; i < c.Count; i++)
        {
            switch (c.ArgNode(i))
            {
                case NameNode n when Is(n.Text, "absolute"): relative = false; break;
                case NameNode n when Is(n.Text, "relative"): relative = true; break;
                // Decision: unix is posix, as the File Path Separators page calls the format
                // "POSIX, or UNIX" and published add-ins write Convert File Path( path, unix ).
                case NameNode n when Is(n.Text, "posix") || Is(n.Text, "unix"): windows = false; break;
                case NameNode n when Is(n.Text, "windows"): windows = true; break;
                case NameNode n when Is(n.Text, "search"): break;
                case CallNode { Args.Count: 1 } call when Is(call.Head.Text, "base"):
                    baseDir = c.Eval(call.Args[0]) is StringValue s ? PathResolver.Resolve(c, s.Value) : throw c.Error("argument value is invalid: base needs a string");
                    break;
                default:
                    throw c.Error("argument value is invalid: Convert File Path takes absolute|relative, posix|unix|windows, base( path )");
            }
        }
        var full = PathResolver.Resolve(c, original);
        if (original.TrimEnd().EndsWith('/') || original.TrimEnd().EndsWith('\\') || (original.TrimStart().StartsWith('$') && original.IndexOfAny(['/', '\\']) < 0))
        {
            full = PathResolver.WithSlash(full);
        }
        var result = relative ? Path.GetRelativePath(baseDir ?? PathResolver.DefaultDirectory(c), full) : full;
        if (relative && full.EndsWith(Path.DirectorySeparatorChar) && !result.EndsWith(Path.DirectorySeparatorChar)) result += Path.DirectorySeparatorChar;
        result = windows ? result.Replace('/', '\\') : result.Replace('\\', '/');
        return new StringValue(result);
    }

    /// <summary>True when an option written as <paramref name="written"/> names <paramref name="name"/> (case and spaces ignored).</summary>
    internal static bool Is(string written, string name) => Symbol.CanonicalKey(written) == Symbol.CanonicalKey(name);
}
