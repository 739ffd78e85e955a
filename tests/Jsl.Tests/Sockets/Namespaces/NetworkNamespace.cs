using System.Diagnostics;
using System.Security.Cryptography;
using Jsl.Tests.Peers;
using Xunit;

namespace Jsl.Tests.Sockets.Namespaces;

/// <summary>
/// A network namespace this test run creates with <c>ip netns add</c> (its <c>lo</c> up, nothing
/// else), named uniquely and deleted on dispose together with every interface inside it. The
/// tests' addresses (10.253.x.x) exist only inside such namespaces, never on the host.
/// </summary>
internal sealed class NetworkNamespace : IDisposable
{
    private static readonly TimeSpan CommandBound = TimeSpan.FromSeconds(15);
    private static readonly Lazy<string?> Unsupported = new(Probe);

    private NetworkNamespace(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>A fresh suffix for names made in one test: 6 hex digits keep interface names under 16 characters.</summary>
    public static string UniqueSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));

    /// <summary>
    /// Skips the calling test when namespaces cannot be made here (no <c>ip</c>, not root, no
    /// netns support), or fails it under <c>JSL_REQUIRE_PEERS=1</c>. Call from a <c>[SkippableFact]</c>.
    /// </summary>
    public static void RequireSupport()
    {
        if (Unsupported.Value is not { } reason)
        {
            return;
        }

        if (PeerPrograms.Required)
        {
            throw new InvalidOperationException(reason + "; JSL_REQUIRE_PEERS=1 makes this a failure");
        }

        Skip.If(true, reason);
    }

    /// <summary>Creates the namespace <c>jsl&lt;suffix&gt;&lt;role&gt;</c> with only <c>lo</c> up.</summary>
    public static NetworkNamespace Create(string suffix, string role)
    {
        var space = new NetworkNamespace($"jsl{suffix}{role}");
        RunIp("netns", "add", space.Name);
        try
        {
            space.Ip("link", "set", "lo", "up");
        }
        catch
        {
            space.Dispose();
            throw;
        }

        return space;
    }

    /// <summary>Runs <c>ip -n NAME ARGS</c>; fails with its stderr when it fails.</summary>
    public void Ip(params string[] args) => RunIp(["-n", Name, .. args]);

    /// <summary>Sets a sysctl of this namespace only (writes <c>/proc/sys</c> from inside it).</summary>
    public void Sysctl(string key, string value) =>
        Check(Run("ip", ["netns", "exec", Name, "sh", "-c", $"echo {value} > /proc/sys/{key.Replace('.', '/')}"]), $"sysctl {key}={value} in {Name}");

    /// <summary>
    /// A veth pair <paramref name="here"/> (in this namespace) to <paramref name="there"/> (in
    /// <paramref name="peer"/>), created directly inside the namespaces, with the addresses given, both ends up.
    /// </summary>
    public void Link(string here, string hereAddress, NetworkNamespace peer, string there, string thereAddress)
    {
        ArgumentNullException.ThrowIfNull(peer);
        Ip("link", "add", here, "type", "veth", "peer", "name", there, "netns", peer.Name);
        Ip("addr", "add", hereAddress, "dev", here);
        peer.Ip("addr", "add", thereAddress, "dev", there);
        Ip("link", "set", here, "up");
        peer.Ip("link", "set", there, "up");
    }

    public void Dispose()
    {
        // Deleting the namespace deletes its interfaces, and a veth's other end with it.
        Run("ip", ["netns", "del", Name]);
    }

    private static void RunIp(params string[] args) => Check(Run("ip", args), "ip " + string.Join(' ', args));

    private static void Check((int ExitCode, string Stderr) result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({result.ExitCode}): {result.Stderr.Trim()}");
        }
    }

    private static (int ExitCode, string Stderr) Run(string program, string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(CommandBound))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {CommandBound.TotalSeconds} s");
        }

        process.WaitForExit();
        _ = stdout.Result;
        return (process.ExitCode, stderr.Result);
    }

    /// <summary>Null when <c>ip netns add</c> works here; otherwise why not, naming what is missing.</summary>
    private static string? Probe()
    {
        if (PeerPrograms.Find("ip") is null)
        {
            return "ip (iproute2) is not installed; these tests create network namespaces with `ip netns add` (install iproute2 and run as root)";
        }

        var name = $"jsl{UniqueSuffix()}probe";
        try
        {
            var (exitCode, stderr) = Run("ip", ["netns", "add", name]);
            return exitCode == 0
                ? null
                : $"`ip netns add` is not possible here (it needs root and network-namespace support): {stderr.Trim()}";
        }
        finally
        {
            Run("ip", ["netns", "del", name]);
        }
    }
}
