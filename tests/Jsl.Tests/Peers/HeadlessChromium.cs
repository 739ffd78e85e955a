namespace Jsl.Tests.Peers;

/// <summary>
/// Loads a page in headless Chromium and returns the DOM it rendered (<c>--dump-dom</c>: the
/// document after its scripts ran). Each load has a fresh profile and every background service
/// off, so the browser contacts nothing but the page's loopback address. Bounded in time; a
/// missing chromium skips the calling <c>[SkippableFact]</c> (fails it under JSL_REQUIRE_PEERS=1).
/// </summary>
internal static class HeadlessChromium
{
    public static string DumpDom(Uri page, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(page);
        var chromium = PeerPrograms.Require("chromium");
        var profile = Directory.CreateTempSubdirectory("jsl-chromium-").FullName;
        try
        {
            string[] arguments =
            [
                "--headless", "--no-sandbox", "--user-data-dir=" + profile, "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-proxy-server",
                "--dump-dom", page.ToString(),
            ];
            using var process = PeerProcess.Start(chromium, arguments);
            if (!process.WaitForExit(limit))
            {
                throw new TimeoutException($"chromium did not render {page} within {limit.TotalSeconds} s\n{process.StandardError}");
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"chromium exited {process.ExitCode} loading {page}\n{process.StandardError}");
            }
            return process.StandardOutput;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
