using System.Globalization;
using System.Text.RegularExpressions;
using Jsl.Tests.Peers;
using Jsl.Tests.Sockets.Scripts;
using Jsl.Tests.Support;

namespace Jsl.Tests.Examples;

/// <summary>
/// examples/status_page.jsl in a real browser: a client script (examples/status_client.jsl)
/// pushes readings over a socket, headless Chromium loads the page, and the DOM it rendered holds
/// the readings, the count, and the title its script set; after more readings a second load shows
/// the new values. Everything stays on loopback.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed partial class StatusPageTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [GeneratedRegex(@"http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex PageLine();

    [GeneratedRegex(@"readings on port (\d+)")]
    private static partial Regex ReadingsLine();

    private static string Example(string name) => Path.Combine(RepositoryPaths.Examples, name);

    [SkippableFact]
    public void The_browser_renders_the_pushed_readings_and_a_second_load_shows_the_new_ones()
    {
        PeerPrograms.Require("chromium");
        var environment = new Dictionary<string, string> { ["JSL_PORT"] = "0", ["JSL_READINGS_PORT"] = "0" };
        using var server = JslServerProcess.Start(Example("status_page.jsl"), environment);
        var page = new Uri($"http://127.0.0.1:{server.WaitForPort(PageLine(), Bound)}/");
        var readingsPort = server.WaitForPort(ReadingsLine(), Bound);

        Push(readingsPort, "temperature=21.5", "pressure=1013 hPa");
        WaitUntilServed(page, "21.5");
        var first = HeadlessChromium.DumpDom(page, Bound);
        Assert.Contains(Row("temperature", "21.5"), first, StringComparison.Ordinal);
        Assert.Contains(Row("pressure", "1013 hPa"), first, StringComparison.Ordinal);
        Assert.Contains("<span id=\"received\">2</span>", first, StringComparison.Ordinal);
        // Set by the page's script: only a browser that ran it shows these.
        Assert.Contains("<title>jsl status: 2 readings</title>", first, StringComparison.Ordinal);
        Assert.Matches(@"<p id=""shown"">Shown at \d{4}-\d\d-\d\dT", first);

        Push(readingsPort, "temperature=23.25", "door=<open>");
        WaitUntilServed(page, "23.25");
        var second = HeadlessChromium.DumpDom(page, Bound);
        Assert.Contains(Row("temperature", "23.25"), second, StringComparison.Ordinal);
        Assert.DoesNotContain("21.5", second, StringComparison.Ordinal);
        Assert.Contains(Row("door", "&lt;open&gt;"), second, StringComparison.Ordinal);
        Assert.Contains("<title>jsl status: 4 readings</title>", second, StringComparison.Ordinal);
        Assert.Equal("", server.Stderr);
    }

    /// <summary>The table row the page shows for a reading (its value as HTML text).</summary>
    private static string Row(string name, string value) => $"<td class=\"name\">{name}</td><td class=\"value\">{value}</td>";

    private static void Push(int readingsPort, params string[] readings)
    {
        var environment = new Dictionary<string, string> { ["JSL_READINGS_PORT"] = readingsPort.ToString(CultureInfo.InvariantCulture) };
        var result = JslProcess.Run(Bound, environment, [Example("status_client.jsl"), .. readings]);
        Assert.True(result.ExitCode == 0, $"the client failed (exit {result.ExitCode}):\n{result.Stdout}{result.Stderr}");
        Assert.Contains($"sent {readings.Length} readings", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// The server takes readings on its own schedule: ask over plain HTTP until the page has the
    /// new value, so the browser's load is not a race with the client's close.
    /// </summary>
    private static void WaitUntilServed(Uri page, string value)
    {
        using var handler = new HttpClientHandler { UseProxy = false }; // loopback only, whatever the environment says
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + Bound;
        var body = "";
        while (DateTime.UtcNow < deadline)
        {
            body = http.GetStringAsync(page).GetAwaiter().GetResult();
            if (body.Contains(value, StringComparison.Ordinal)) return;
            Thread.Sleep(50);
        }
        Assert.Fail($"the page never showed {value}:\n{body}");
    }
}
