namespace Jsl.Tests.Support;

/// <summary>A temporary folder of scripts for one test, deleted with it.</summary>
public sealed class ScriptFolder : IDisposable
{
    /// <summary>The folder's absolute path.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("jsl-scripts-").FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> (folders made as needed) and returns its absolute path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
