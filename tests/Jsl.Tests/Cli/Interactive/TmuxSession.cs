using System.Diagnostics;
using System.Text;
using Jsl.Tests.Peers;
using Jsl.Tests.Support;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>
/// <c>jsl</c> running in a real pseudo-terminal: a tmux server of its own (a private socket,
/// no configuration file, a fixed window size), keys sent with <c>send-keys</c>, the screen read
/// with <c>capture-pane -p</c>. Every wait polls the screen with a deadline. When jsl exits the
/// pane shows <c>[jsl exited N]</c>. <c>JSL_TEST_NATIVE=/path/to/jsl</c> runs a NativeAOT binary instead. Skips the test when tmux is missing (fails under
/// <c>JSL_REQUIRE_PEERS=1</c>): call from a <c>[SkippableFact]</c>.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private readonly string _tmux;
    private readonly string _socketName = "jsl-test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Starts <c>jsl</c> (with <paramref name="arguments"/>) with <c>HOME</c> = <paramref name="home"/> and the extra variables, then waits for its first prompt.</summary>
    public TmuxSession(string home, IReadOnlyDictionary<string, string>? environment = null, params string[] arguments)
    {
        _tmux = PeerPrograms.Require("tmux");
        var variables = new StringBuilder($"HOME={Quote(home)}");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) variables.Append(' ').Append(name).Append('=').Append(Quote(value));
        var jsl = string.Join(' ', Command().Concat(arguments).Select(Quote));
        var command = $"env {variables} {jsl}; echo \"[jsl exited $?]\"; sleep 600";
        Tmux("new-session", "-d", "-x", "100", "-y", "40", "sh", "-c", command);
        // capture-pane trims the prompt's trailing space.
        WaitFor(screen => screen.Split('\n').Contains("jsl>"), StartLimit);
    }

    /// <summary>
    /// The built <c>jsl.dll</c> run by <c>dotnet</c>; or, when <c>JSL_TEST_NATIVE</c> names a
    /// NativeAOT <c>jsl</c> binary, that binary (to check the published command's prompt).
    /// </summary>
    private static string[] Command() =>
        Environment.GetEnvironmentVariable("JSL_TEST_NATIVE") is { Length: > 0 } native ? [native] : ["dotnet", JslProcess.CommandPath];

    /// <summary>Types <paramref name="text"/> literally (no key names), without Enter.</summary>
    public void Type(string text)
    {
        // tmux reads an argument ending in ';' as a command separator; "\;" is the literal.
        Tmux("send-keys", "-l", text.EndsWith(';') ? text[..^1] + "\\;" : text);
    }

    /// <summary>Presses keys by tmux's names: Enter, Left, Home, C-a, C-c, C-d, BSpace, DC (Delete), Up, ...</summary>
    public void Press(params string[] keys) => Tmux(["send-keys", .. keys]);

    /// <summary>Types <paramref name="text"/> and presses Enter.</summary>
    public void Enter(string text)
    {
        Type(text);
        Press("Enter");
    }

    /// <summary>The screen's rows, trailing blanks trimmed.</summary>
    public string[] Screen() => Tmux("capture-pane", "-p").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()).ToArray();

    /// <summary>The column of the terminal's cursor, 0 at the left edge.</summary>
    public int CursorColumn() => int.Parse(Tmux("display-message", "-p", "#{cursor_x}").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits until <paramref name="ready"/> holds for the screen's text; fails the test with the screen when time runs out.</summary>
    public string WaitFor(Func<string, bool> ready, TimeSpan? limit = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var screen = string.Join('\n', Screen());
            if (ready(screen)) return screen;
            if (deadline.Elapsed > (limit ?? Limit)) throw new TimeoutException($"the screen did not show what was expected within {(limit ?? Limit).TotalSeconds} s; it shows:\n{screen}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Waits until a screen row is exactly <paramref name="row"/> (after trimming trailing blanks).</summary>
    public string WaitForRow(string row) => WaitFor(screen => screen.Split('\n').Contains(row));

    /// <summary>Waits until the rows <paramref name="rows"/> appear one after another on the screen.</summary>
    public string WaitForRows(params string[] rows) => WaitFor(screen => ContainsRows(screen.Split('\n'), rows));

    /// <summary>Waits until jsl has exited and returns its exit status.</summary>
    public int WaitForExit()
    {
        var screen = WaitFor(s => s.Contains("[jsl exited ", StringComparison.Ordinal));
        var start = screen.IndexOf("[jsl exited ", StringComparison.Ordinal) + "[jsl exited ".Length;
        return int.Parse(screen[start..screen.IndexOf(']', start)], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static bool ContainsRows(string[] screen, string[] rows)
    {
        for (var i = 0; i + rows.Length <= screen.Length; i++)
        {
            if (rows.Select((r, k) => screen[i + k] == r).All(same => same)) return true;
        }
        return false;
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private string Tmux(params string[] arguments)
    {
        var info = new ProcessStartInfo(_tmux)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-L", _socketName, "-f", "/dev/null" }.Concat(arguments)) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start tmux");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tmux {string.Join(' ', arguments)} did not finish within 10 s");
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tmux {string.Join(' ', arguments)} failed: {errors.Result}");
        return output.Result;
    }
}
