using System.Globalization;

namespace Jsl.Tests.Peers;

/// <summary>
/// Runs curl once against a URL with <c>--max-time</c>; the process is killed if it outlives
/// that by more than a few seconds. Call from a <c>[SkippableFact]</c>: a missing curl skips.
/// </summary>
internal static class CurlClient
{
    /// <summary>What curl printed and how it exited.</summary>
    public sealed record Result(int ExitCode, string Body, string Errors);

    /// <summary>
    /// <c>curl -sS --max-time SECONDS [extra...] URL</c>. Exit code 28 means curl's own timeout;
    /// -1 means it had to be killed.
    /// </summary>
    public static Result Get(Uri url, TimeSpan maxTime, params string[] extraArguments)
    {
        ArgumentNullException.ThrowIfNull(url);
        var curl = PeerPrograms.Require("curl");
        string[] arguments =
        [
            "-sS",
            "--max-time", maxTime.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
            .. extraArguments,
            url.ToString(),
        ];
        using var process = PeerProcess.Start(curl, arguments);
        return process.WaitForExit(maxTime + TimeSpan.FromSeconds(5))
            ? new Result(process.ExitCode, process.StandardOutput, process.StandardError)
            : new Result(-1, process.StandardOutput, process.StandardError + "\n(curl killed after its time limit)");
    }

    /// <summary>Starts curl without waiting, for a test that must serve it meanwhile (e.g. a jsl server).</summary>
    public static PeerProcess Start(Uri url, TimeSpan maxTime, params string[] extraArguments)
    {
        ArgumentNullException.ThrowIfNull(url);
        var curl = PeerPrograms.Require("curl");
        return PeerProcess.Start(curl, ["-sS", "--max-time", maxTime.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture), .. extraArguments, url.ToString()]);
    }
}
