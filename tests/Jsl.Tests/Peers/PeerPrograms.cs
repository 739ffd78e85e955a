using Xunit;

namespace Jsl.Tests.Peers;

/// <summary>
/// Finds the outside programs socket tests talk to. A missing program skips the test with a
/// message naming it, unless <c>JSL_REQUIRE_PEERS=1</c>, where it fails the test (CI installs them).
/// </summary>
internal static class PeerPrograms
{
    private static readonly string[] ExtraDirectories = ["/usr/sbin", "/sbin", "/usr/local/sbin"];

    /// <summary>True when <c>JSL_REQUIRE_PEERS=1</c>: missing programs are failures.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("JSL_REQUIRE_PEERS") == "1";

    /// <summary>The full path of <paramref name="program"/>, or null when it is not installed.</summary>
    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var directories = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(ExtraDirectories);
        return directories.Select(d => Path.Combine(d, program)).FirstOrDefault(IsExecutable);
    }

    /// <summary>
    /// The full path of <paramref name="program"/>; skips the calling test when it is missing
    /// (fails it under <c>JSL_REQUIRE_PEERS=1</c>). Call from a <c>[SkippableFact]</c>.
    /// </summary>
    public static string Require(string program)
    {
        var found = Find(program);
        if (found is not null)
        {
            return found;
        }

        var message = $"{program} is not installed (install it, e.g. apt-get install {program}, to run this test)";
        if (Required)
        {
            throw new InvalidOperationException(message + "; JSL_REQUIRE_PEERS=1 makes this a failure");
        }

        Skip.If(true, message);
        return "";
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        return OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
