using System.Globalization;

namespace Jsl.Runtime.Descriptors;

/// <summary>
/// The process's limit of open file descriptors (the soft <c>RLIMIT_NOFILE</c>, what
/// <c>ulimit -n</c> sets), read once from <c>/proc/self/limits</c>.
/// </summary>
/// <remarks>
/// Read from /proc rather than by calling getrlimit: no native interop (the library stays
/// trim- and NativeAOT-safe without a platform-specific struct layout), and the limit a process
/// starts with is the one it keeps (nothing in jsl raises it). Where /proc is absent (macOS,
/// Windows) the limit is unknown and only the EMFILE mapping applies.
/// </remarks>
internal static class OpenFileLimit
{
    // 0: not read yet (or the read failed: with no descriptor free it is tried again later).
    private static long soft;

    /// <summary>The soft limit, or null when unknown or unlimited.</summary>
    public static long? Current
    {
        get
        {
            var known = Volatile.Read(ref soft);
            if (known == 0)
            {
                known = ReadSoftLimit();
                Volatile.Write(ref soft, known);
            }
            return known > 0 ? known : null;
        }
    }

    /// <summary>Reads the limit now, while a descriptor is free to read it with (each <see cref="Engine"/> calls this when made).</summary>
    public static void Prepare() => _ = Current;

    // The limit; -1 for unlimited or no /proc; 0 when the file could not be opened.
    private static long ReadSoftLimit()
    {
        if (!File.Exists("/proc/self/limits")) return -1;
        try
        {
            foreach (var line in File.ReadLines("/proc/self/limits"))
            {
                if (line.StartsWith("Max open files", StringComparison.Ordinal)) return Parse(line) ?? -1;
            }
            return -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The soft limit in a <c>/proc/self/limits</c> line (<c>Max open files  1024  4096  files</c>).</summary>
    internal static long? Parse(string line)
    {
        var fields = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) ? limit : null;
    }
}
