namespace Jsl.Cli;

/// <summary>
/// Runs .NET's one-time console set-up before the script, not at its first output.
/// </summary>
/// <remarks>
/// The set-up loads an assembly of its own (two descriptors with the framework-dependent
/// runtime). Left to the first write, it fails when a script has used up the descriptors before
/// printing anything, and then even the error report cannot be written: the run ended in an
/// unhandled "Could not load file or assembly" (issue 8). Every run that prints pays this cost
/// anyway; an empty write through a console stream is what triggers it.
/// </remarks>
internal static class ConsoleStartup
{
    public static void Initialize()
    {
        try
        {
            using var stream = Console.OpenStandardError();
            stream.Write(ReadOnlySpan<byte>.Empty);
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception)
        {
            // No usable stderr, or no descriptor for the terminal set-up: the first write will
            // meet the same failure, and there is nowhere to report it.
        }
    }
}
