using System.Diagnostics;
using Jsl.Tests.Peers;
using Jsl.Tests.Support;

namespace Jsl.Tests.Bench;

// bench/compare.py (what bench/run runs after its build) once over every workload, with the jsl
// this suite built, so that no workload rots: each runs in jsl, python3 and tclsh, every
// language prints python3's checksum, and the table is printed. It asserts nothing about speed.
public class InterpreterBenchmarkQuickTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(6);
    private static readonly string[] Workloads = ["startup", "recursion", "loops", "strings", "lists", "assoc", "classes"];

    [SkippableFact]
    public void Compare_runs_every_workload_once_and_every_language_agrees_on_its_checksum()
    {
        var python = PeerPrograms.Require("python3");
        PeerPrograms.Require("tclsh");
        var jsl = Path.Combine(AppContext.BaseDirectory, "jsl");
        Assert.True(File.Exists(jsl), $"no jsl executable beside the tests at {jsl}");

        var info = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in new[] { Path.Combine(RepositoryPaths.Root, "bench", "compare.py"), "--runs", "1", "--jsl", jsl, "--jsl-kind", "test build" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bench/compare.py");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Bound))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bench/compare.py --runs 1 did not finish within {Bound.TotalMinutes} minutes; stdout so far:\n{stdout.Result}");
        }

        process.WaitForExit();
        var report = $"exit status {process.ExitCode}\n--- stdout\n{stdout.Result}\n--- stderr\n{stderr.Result}";
        Assert.True(process.ExitCode == 0, report);
        Assert.DoesNotContain("MISMATCH", stdout.Result, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", stdout.Result, StringComparison.Ordinal);
        Assert.Contains("jsl/python3", stdout.Result, StringComparison.Ordinal);
        foreach (var workload in Workloads)
        {
            // The row: the workload, three times, two ratios, and the checksum verdict "ok".
            Assert.Matches($@"\n{workload} +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +ok\n", stdout.Result);
        }
    }
}
