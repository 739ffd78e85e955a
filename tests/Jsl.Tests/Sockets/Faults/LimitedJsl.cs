using System.Diagnostics;
using System.Globalization;
using Jsl.Tests.Support;

namespace Jsl.Tests.Sockets.Faults;

/// <summary>
/// Runs <c>jsl</c> under a descriptor limit, as <c>bash -c 'ulimit -n N; exec jsl ...'</c> does,
/// bounded in time. The framework-dependent build by default; the NativeAOT binary named by
/// <c>JSL_AOT</c> when a test asks for it.
/// </summary>
internal static class LimitedJsl
{
    /// <summary>What one run printed and how it ended; <see cref="TimedOut"/> when it had to be killed.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr, bool TimedOut)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The NativeAOT <c>jsl</c> named by <c>JSL_AOT</c>, or null when unset.</summary>
    public static string? AotBinary => Environment.GetEnvironmentVariable("JSL_AOT") is { Length: > 0 } path ? path : null;

    /// <summary>The command line that starts jsl: <c>dotnet jsl.dll</c>, or the AOT binary.</summary>
    public static string[] Command(bool aot) => aot ? [AotBinary!] : ["dotnet", JslProcess.CommandPath];

    public static Result Run(int limit, bool aot, TimeSpan bound, params string[] args)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("ulimit -n \"$1\" && shift && exec \"$@\"");
        info.ArgumentList.Add("limited-jsl");
        info.ArgumentList.Add(limit.ToString(CultureInfo.InvariantCulture));
        foreach (var word in Command(aot)) info.ArgumentList.Add(word);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bash");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(bound);
        if (!finished) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new Result(finished ? process.ExitCode : -1, stdout.Result, stderr.Result, !finished);
    }

    /// <summary>
    /// The lowest limit at which <c>jsl -e 1</c> starts and prints 1 (searched between 8 and 256;
    /// a run that starts at N starts at every higher N).
    /// </summary>
    public static int LowestStartingLimit(bool aot)
    {
        int low = 8, high = 256;
        Assert.True(Starts(high, aot), $"jsl -e 1 does not start even under ulimit -n {high}");
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Starts(middle, aot)) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    private static bool Starts(int limit, bool aot)
    {
        var run = Run(limit, aot, TimeSpan.FromSeconds(30), "-e", "1");
        return !run.TimedOut && run.ExitCode == 0 && run.Stdout.Trim() == "1";
    }
}
