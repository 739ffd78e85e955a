namespace Jsl.Builtins;

/// <summary>The data files embedded in the library (UnavailableFunctions.txt, BuiltinSignatures.txt), read line by line.</summary>
internal static class EmbeddedDataFile
{
    /// <summary>The trimmed lines of resource <paramref name="resourceName"/>, blank lines and <c>#</c> comments left out.</summary>
    public static List<string> Lines(string resourceName)
    {
        using var stream = typeof(EmbeddedDataFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"resource {resourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is string line)
        {
            var text = line.Trim();
            if (text.Length > 0 && !text.StartsWith('#')) lines.Add(text);
        }
        return lines;
    }
}
