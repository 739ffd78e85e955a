using Jsl.Tests.Peers;

namespace Jsl.Tests.ThirdParty;

/// <summary>
/// A private, writable copy of jsl-hamcrest (<c>../shared/thirdparty/jsl-hamcrest</c> beside the
/// repository) in a temporary folder: CI's <c>../shared</c> is read-only, and the suite writes
/// files of its own (JUnit reports, scratch files). Without <c>../shared</c> the test is skipped,
/// unless <c>JSL_REQUIRE_PEERS=1</c>, where that is a failure.
/// </summary>
internal sealed class HamcrestCopy : IDisposable
{
    private HamcrestCopy(string root) => Root = root;

    /// <summary>The copy's top folder (holding <c>Source</c> and <c>Tests</c>).</summary>
    public string Root { get; }

    /// <summary>The copy's <c>Tests</c> folder, where the suite's entry point lives.</summary>
    public string Tests => Path.Combine(Root, "Tests");

    /// <summary>Copies the framework; skips the calling test when it is not there.</summary>
    public static HamcrestCopy Make()
    {
        var source = Path.GetFullPath(Path.Combine(Support.RepositoryPaths.Root, "..", "shared", "thirdparty", "jsl-hamcrest"));
        if (!Directory.Exists(source))
        {
            var message = $"jsl-hamcrest is not at {source} (the shared folder beside the repository)";
            if (PeerPrograms.Required) throw new InvalidOperationException(message + "; JSL_REQUIRE_PEERS=1 makes this a failure");
            Skip.If(true, message);
        }
        var root = Path.Combine(Path.GetTempPath(), "jsl-hamcrest-" + Guid.NewGuid().ToString("N"));
        CopyTree(source, root);
        return new HamcrestCopy(root);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var target = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, target);
            // The shared folder has no write bits; the copy must be writable like a checkout.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        foreach (var directory in Directory.EnumerateDirectories(from)) CopyTree(directory, Path.Combine(to, Path.GetFileName(directory)));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test's result stands.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
