using System.Net.Sockets;

namespace Jsl.Runtime.Descriptors;

/// <summary>
/// Recognises a failure caused by the process having no file descriptor left, whatever form
/// .NET gives it: an <see cref="IOException"/> with EMFILE / ENFILE, a <see cref="SocketException"/>
/// of <see cref="SocketError.TooManyOpenSockets"/>, or (with the framework-dependent runtime,
/// which opens each assembly lazily and gives every new thread a pipe) "Could not load file or
/// assembly", a type initializer that threw, or an <see cref="OutOfMemoryException"/> from a
/// thread that could not start. Those last ones say nothing of descriptors, so they count only
/// when a probe confirms that none is free now.
/// </summary>
internal static class DescriptorExhaustion
{
    /// <summary>The sentence every report of exhaustion uses (the MFILE text of the socket catalogue, spec §6).</summary>
    public const string Sentence = "No more file descriptors are available";

    private const int TooManyOpenFiles = 24; // EMFILE
    private const int FileTableOverflow = 23; // ENFILE

    /// <summary>True when <paramref name="failure"/> (or an exception inside it) comes from running out of descriptors.</summary>
    public static bool Explains(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (SaysSo(e) || IsUnopenedRuntimeAssembly(e)) return true;
        }
        return MaySilentlyMean(failure) && IsExhaustedNow();
    }

    /// <summary>
    /// True for "Could not load file or assembly X" where X is one of the runtime's own
    /// assemblies and its file is there: the loader could not open it, which in a sound
    /// installation means no descriptor was free. This holds after descriptors are free again:
    /// .NET never reruns a type initializer that failed, so a resolver whose first use came at
    /// the limit keeps failing with the same exception, and the probe alone (which looks at the
    /// present) would then let .NET's message through (the CI run of stop 11).
    /// </summary>
    private static bool IsUnopenedRuntimeAssembly(Exception e)
    {
        var assembly = e switch
        {
            FileNotFoundException f => f.FileName,
            FileLoadException f => f.FileName,
            _ => null,
        };
        if (string.IsNullOrEmpty(assembly)) return false;
        var simpleName = assembly.Split(',', 2)[0].Trim();
        return TrustedAssemblyPath(simpleName) is { } path && File.Exists(path);
    }

    /// <summary>
    /// The path of <paramref name="simpleName"/>.dll in the host's trusted platform assembly list
    /// (the framework-dependent runtime's own files), or null (NativeAOT has no such list: it
    /// loads nothing at run time).
    /// </summary>
    private static string? TrustedAssemblyPath(string simpleName)
    {
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string list) return null;
        var fileName = simpleName + ".dll";
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(Path.GetFileName(path), fileName, StringComparison.OrdinalIgnoreCase)) return path;
        }
        return null;
    }

    /// <summary>The one-line message for a built-in that failed so: <c>Regex: No more file descriptors are available (the limit is 64 open files)</c>.</summary>
    public static string Message(string who) => $"{who}: {Describe()}";

    /// <summary>The sentence with the limit when known: <c>No more file descriptors are available (the limit is 64 open files)</c>.</summary>
    public static string Describe() =>
        OpenFileLimit.Current is { } limit ? $"{Sentence} (the limit is {limit} open files)" : Sentence;

    /// <summary>Why a file could not be opened: <see cref="Describe"/> for EMFILE / ENFILE, else .NET's message.</summary>
    public static string Reason(IOException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return IsTooManyOpenFiles(e) ? Describe() : e.Message;
    }

    /// <summary>True when opening one more descriptor fails for want of descriptors.</summary>
    public static bool IsExhaustedNow() => DescriptorProbe.LowestFree() == DescriptorProbe.None;

    private static bool SaysSo(Exception e) => e switch
    {
        SocketException s => s.SocketErrorCode == SocketError.TooManyOpenSockets,
        IOException io => IsTooManyOpenFiles(io),
        _ => false,
    };

    /// <summary>True for the IOException of EMFILE or ENFILE (.NET puts the errno in the HResult on Unix).</summary>
    public static bool IsTooManyOpenFiles(IOException e) => e.HResult is TooManyOpenFiles or FileTableOverflow;

    private static bool MaySilentlyMean(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is FileNotFoundException or FileLoadException or TypeInitializationException or OutOfMemoryException or DllNotFoundException) return true;
        }
        return false;
    }
}
