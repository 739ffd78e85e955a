using System.Diagnostics;
using System.Globalization;
using Jsl.Tests.Peers;
using Jsl.Tests.Sockets.Scripts;
using Jsl.Tests.Support;

namespace Jsl.Tests.Deployment;

/// <summary>
/// examples/deploy/jsl-echo@.service, as docs/deployment.md installs it: <c>systemd-analyze
/// verify</c> accepts it, and its <c>ExecStart</c>, run by hand with its <c>Environment</c>
/// (the test machines run no systemd), serves on the instance's port with the unit's tag and
/// stops on the unit's kill signal with an exit status the unit counts as success. The unit's
/// install folder /opt/jsl/ is a temporary folder here, holding the script and a jsl launcher.
/// </summary>
[Collection(ProcessTestCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // systemd units, a shell launcher
public sealed class SystemdServiceTests : IDisposable
{
    private const string InstallFolder = "/opt/jsl/";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly string directory = Directory.CreateTempSubdirectory("jsl-systemd-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Shipped => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "deploy", "jsl-echo@.service"));

    [SkippableFact]
    public void Systemd_analyze_verify_accepts_the_unit()
    {
        var analyze = PeerPrograms.Require("systemd-analyze");
        var unit = Install("7001");
        using var verify = PeerProcess.Start(analyze, ["verify", "--man=no", unit]);
        Assert.True(verify.WaitForExit(Bound), "systemd-analyze verify did not finish within 60 s");
        var complaints = (verify.StandardOutput + verify.StandardError).Split('\n').Where(l => l.Contains("jsl-echo", StringComparison.Ordinal)).ToList();
        Assert.True(verify.ExitCode == 0 && complaints.Count == 0, $"systemd-analyze verify (exit {verify.ExitCode}):\n{verify.StandardOutput}{verify.StandardError}");
    }

    [Fact]
    public void The_units_command_serves_on_the_instance_port_and_stops_cleanly_on_its_kill_signal()
    {
        var port = FreePort.Tcp().ToString(CultureInfo.InvariantCulture);
        var unit = SystemdUnit.Parse(File.ReadAllText(Install(port)), port);
        Assert.Equal(port, unit.Environment["JSL_PORT"]);
        Assert.Contains("KillSignal=SIGTERM", Shipped, StringComparison.Ordinal);

        using var service = PeerProcess.Start(unit.ExecStart[0], unit.ExecStart.Skip(1), environment: unit.Environment.ToDictionary());
        WaitForOutput(service, $"listening on 127.0.0.1 port {port}");
        var reply = TaggedEchoClient.Ask(int.Parse(port, CultureInfo.InvariantCulture), "hello");
        Assert.Equal($"{Environment.MachineName}:{port} hello", reply);

        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", service.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!)
        {
            kill.WaitForExit();
        }
        Assert.True(service.WaitForExit(TimeSpan.FromSeconds(10)), "the service did not stop within 10 s of SIGTERM");
        Assert.Contains(service.ExitCode, unit.SuccessExitStatus.Append(0));
        Assert.Equal("", service.StandardError);
    }

    /// <summary>
    /// The unit as instance <paramref name="instance"/> with /opt/jsl/ made this test's folder:
    /// the example script copied there and <c>jsl</c> a launcher for the build under test.
    /// </summary>
    private string Install(string instance)
    {
        File.Copy(Path.Combine(RepositoryPaths.Examples, "tagged_echo_server.jsl"), Path.Combine(directory, "tagged_echo_server.jsl"));
        var launcher = Path.Combine(directory, "jsl");
        File.WriteAllText(launcher, $"#!/bin/sh\nexec dotnet '{JslProcess.CommandPath}' \"$@\"\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        Assert.Contains("ExecStart=" + InstallFolder + "jsl ", Shipped, StringComparison.Ordinal);
        var unit = Path.Combine(directory, $"jsl-echo@{instance}.service");
        File.WriteAllText(unit, Shipped.Replace(InstallFolder, directory + "/", StringComparison.Ordinal));
        return unit;
    }

    private static void WaitForOutput(PeerProcess process, string text)
    {
        var watch = Stopwatch.StartNew();
        while (!process.StandardOutput.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(process.HasExited, $"the service exited before printing \"{text}\":\n{process.StandardOutput}{process.StandardError}");
            Assert.True(watch.Elapsed < Bound, $"the service did not print \"{text}\" within 60 s:\n{process.StandardOutput}{process.StandardError}");
            Thread.Sleep(50);
        }
    }
}
