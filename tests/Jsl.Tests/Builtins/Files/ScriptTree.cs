using Jsl.Runtime.Output;

namespace Jsl.Tests.Builtins.Files;

/// <summary>
/// A temporary directory of script files for tests that need several files (Include, Files In
/// Directory), deleted on dispose; <see cref="Run"/> runs one of them as <c>jsl FILE</c> does.
/// </summary>
internal sealed class ScriptTree : IDisposable
{
    public ScriptTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "jsl-tree-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The tree's directory (absolute, no trailing separator).</summary>
    public string Root { get; }

    /// <summary>The absolute path of <paramref name="relative"/> (written with "/").</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The absolute path of a folder, ending in a separator as Get Default Directory gives it.</summary>
    public string FolderOf(string relative) => relative.Length == 0 ? Root + "/" : PathOf(relative) + "/";

    /// <summary>Writes a file, creating its folders.</summary>
    public ScriptTree Add(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Runs <paramref name="relative"/> in a fresh engine on a thread with a large stack.</summary>
    public TreeRun Run(string relative)
    {
        var output = new StringWriter();
        var sink = new TextWriterLogSink(output);
        IReadOnlyList<string> errors = [];
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                new Engine(sink, TextWriter.Null).RunFile(PathOf(relative));
            }
            catch (JslScriptException e)
            {
                errors = e.Reports;
            }
            catch (Exception e)
            {
                failure = e;
            }
            sink.Finish();
        }, 64 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "the script did not finish within 60 s");
        if (failure is not null) throw new InvalidOperationException("the engine threw a .NET exception", failure);
        var text = output.ToString();
        return new TreeRun(text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n'), errors);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}

/// <summary>What a run printed (one item per log line) and the reports of an uncaught error.</summary>
internal sealed record TreeRun(string[] Lines, IReadOnlyList<string> Errors);
