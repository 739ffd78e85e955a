using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// A long-running <c>jsl FILE</c> process: its stdout read line by line as it comes, signals
/// sent by process id, its CPU time and thread count read from <c>/proc</c>.
/// </summary>
internal sealed class JslServerProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly StringBuilder errors = new();
    private readonly SemaphoreSlim lineArrived = new(0);

    private JslServerProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public string Stderr
    {
        get
        {
            lock (errors) return errors.ToString();
        }
    }

    public string Stdout
    {
        get
        {
            lock (lines) return string.Join("\n", lines);
        }
    }

    public static JslServerProcess Start(string scriptPath, IDictionary<string, string>? environment = null, params string[] options) =>
        StartCommand("dotnet", [JslProcess.CommandPath, .. options, scriptPath], environment);

    /// <summary>
    /// Starts <paramref name="program"/> with <paramref name="arguments"/>, a command that becomes
    /// jsl by <c>exec</c> (<c>ip netns exec NS dotnet jsl.dll FILE</c>), so signals reach jsl itself.
    /// </summary>
    public static JslServerProcess StartCommand(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (environment is not null)
        {
            foreach (var (key, value) in environment) info.Environment[key] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start jsl");
        var server = new JslServerProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (server.lines) server.lines.Add(e.Data);
            server.lineArrived.Release();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (server.errors) server.errors.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return server;
    }

    /// <summary>The first stdout line satisfying <paramref name="match"/>; fails after <paramref name="limit"/>.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var seen = 0;
        var drained = false;
        while (true)
        {
            lock (lines)
            {
                for (; seen < lines.Count; seen++)
                {
                    if (match(lines[seen])) return lines[seen];
                }
            }
            var remaining = deadline - DateTime.UtcNow;
            if (process.HasExited && !drained)
            {
                // The process is gone, but its last lines may still be on their way through the
                // output events (late on a loaded machine): wait until the pipe's end has been read
                // (the parameterless WaitForExit), then look at every line once more.
                Task.Run(process.WaitForExit).Wait(TimeSpan.FromSeconds(10));
                drained = true;
                continue;
            }
            if (remaining <= TimeSpan.Zero || process.HasExited)
            {
                Assert.Fail($"jsl did not print the expected line within {limit.TotalSeconds} s (exited: {process.HasExited}).\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            }
            lineArrived.Wait(remaining > TimeSpan.FromMilliseconds(200) ? TimeSpan.FromMilliseconds(200) : remaining);
        }
    }

    /// <summary>The port number in the first stdout line <paramref name="pattern"/> matches (its first group).</summary>
    public int WaitForPort(System.Text.RegularExpressions.Regex pattern, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var line = WaitForLine(pattern.IsMatch, limit);
        return int.Parse(pattern.Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Sends a signal by process id (<c>kill -SIGNAL PID</c>).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + name, Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>The exit status; fails when the process is still running after <paramref name="limit"/>.</summary>
    public int WaitForExit(TimeSpan limit)
    {
        Assert.True(process.WaitForExit(limit), $"jsl still running after {limit.TotalSeconds} s");
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>User plus system CPU time so far (Linux <c>/proc/PID/stat</c>).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        // Fields after the command name (which is in parentheses and may hold spaces).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>The number of threads (Linux <c>/proc/PID/status</c>).</summary>
    public int ThreadCount()
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith("Threads:", StringComparison.Ordinal));
        return int.Parse(line["Threads:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The number of open descriptors (Linux <c>/proc/PID/fd</c>).</summary>
    public int DescriptorCount() => Directory.GetFiles($"/proc/{Id}/fd").Length;

    /// <summary>
    /// The number of open socket descriptors. The total also counts the pipe each new
    /// runtime thread opens (framework-dependent .NET), which the thread pool adds under load.
    /// </summary>
    public int SocketDescriptorCount() =>
        Directory.GetFiles($"/proc/{Id}/fd").Count(static fd =>
        {
            try
            {
                return new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true;
            }
            catch (IOException)
            {
                return false; // closed while we looked
            }
        });

    /// <summary>Resident memory in kilobytes (Linux <c>/proc/PID/status</c>, VmRSS).</summary>
    public long ResidentKilobytes()
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }
        }
        process.Dispose();
        lineArrived.Dispose();
    }
}
