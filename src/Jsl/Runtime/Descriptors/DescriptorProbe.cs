using Microsoft.Win32.SafeHandles;

namespace Jsl.Runtime.Descriptors;

/// <summary>
/// Asks the system which descriptor number it would hand out next, by opening <c>/dev/null</c>
/// and closing it at once. POSIX gives the lowest free number, so every number below it is in
/// use: the probe measures how full the table is without listing <c>/proc/self/fd</c> (which
/// itself needs a descriptor).
/// </summary>
internal static class DescriptorProbe
{
    /// <summary>What <see cref="LowestFree"/> returns when no descriptor could be opened.</summary>
    public const int None = -1;

    /// <summary>What <see cref="LowestFree"/> returns where descriptors are not numbered so (Windows).</summary>
    public const int Unknown = int.MaxValue;

    /// <summary>The lowest free descriptor number; <see cref="None"/> when the table is full.</summary>
    public static int LowestFree()
    {
        if (OperatingSystem.IsWindows()) return Unknown;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle("/dev/null", FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (IOException e) when (DescriptorExhaustion.IsTooManyOpenFiles(e))
        {
            return None;
        }
        catch (IOException)
        {
            return Unknown;
        }
        catch (UnauthorizedAccessException)
        {
            return Unknown;
        }
        using (handle)
        {
            return (int)handle.DangerousGetHandle();
        }
    }
}
