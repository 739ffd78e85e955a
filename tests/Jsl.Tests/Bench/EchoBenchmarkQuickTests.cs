using System.Diagnostics;
using Jsl.Tests.Peers;
using Jsl.Tests.Support;

namespace Jsl.Tests.Bench;

// bench/run-echo --quick builds the C and C# peers and runs every socket benchmark once with
// small counts, so that none of them rots: every server starts, every byte comes back right,
// every table is printed. It asserts nothing about speed.
public class EchoBenchmarkQuickTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(6);

    [SkippableFact]
    public void Run_echo_quick_runs_every_server_and_benchmark_with_every_byte_right()
    {
        PeerPrograms.Require("gcc");
        PeerPrograms.Require("tclsh");
        PeerPrograms.Require("python3");
        var bash = PeerPrograms.Require("bash");
        var output = Path.Combine(Path.GetTempPath(), "jsl-bench-quick-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (status, stdout, stderr) = Run(bash, output);
            var report = $"exit status {status}\n--- stdout\n{stdout}\n--- stderr\n{stderr}";
            Assert.True(status == 0, report);
            Assert.DoesNotContain("FAILED", stdout, StringComparison.Ordinal);
            Assert.Contains("self-check: the load generator catches a changed byte", stdout, StringComparison.Ordinal);
            foreach (var table in new[] { "echo: median round trips per second", "echo: server CPU microseconds",
                         "blocking client: round trips per second", "bulk: 16 MiB", "idle connections:" })
            {
                Assert.Contains(table, stdout, StringComparison.Ordinal);
            }

            // Every server has its column, and every benchmark's row for each program is a number.
            Assert.Matches(@"connections +jsl +C epoll +Python +Tcl +C# ", stdout);
            foreach (var row in new[] { @"\njsl +[0-9,]+ +[0-9.]+\n", @"\nPython +[0-9,]+ +[0-9.]+\n", @"\nC# +[0-9,]+ +[0-9.]+\n",
                         @"\nTcl +[0-9,]+ +[0-9.]+\n", @"\nC +[0-9,]+ +[0-9.]+\n" })
            {
                Assert.Matches(row, stdout);
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static (int Status, string Stdout, string Stderr) Run(string bash, string output)
    {
        var info = new ProcessStartInfo(bash)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in new[] { Path.Combine(RepositoryPaths.Root, "bench", "run-echo"), "--quick", "--jsl", JslProcess.CommandPath })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["BENCH_OUT"] = output;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bench/run-echo");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Bound))
        {
            // SIGTERM first: the driver then kills every server it started.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit(5000);
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
            }

            throw new TimeoutException($"bench/run-echo --quick did not finish within {Bound.TotalMinutes} minutes; stdout so far:\n{stdout.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
