using System.Diagnostics;
using System.Text;
using Jsl.Tests.Support;
using Xunit;

namespace Jsl.Tests.Sockets.Namespaces;

/// <summary>
/// The built <c>jsl</c> command run inside a namespace (<c>ip netns exec NS dotnet jsl.dll
/// script.jsl</c>, where <c>exec</c> replaces <c>ip</c>, so killing the process kills jsl), its
/// stdout collected line by line, every wait bounded, and the process killed on dispose.
/// </summary>
internal sealed class NamespacedJsl : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly StringBuilder errors = new();
    private readonly SemaphoreSlim lineArrived = new(0);

    private NamespacedJsl(Process process)
    {
        this.process = process;
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines) return [.. lines];
        }
    }

    public string Stderr
    {
        get
        {
            lock (errors) return errors.ToString();
        }
    }

    /// <summary>Runs <paramref name="script"/> in <paramref name="space"/> to its end; fails after <paramref name="limit"/>.</summary>
    public static NamespacedJsl Run(NetworkNamespace space, string script, TimeSpan limit)
    {
        var jsl = Start(space, script);
        if (!jsl.process.WaitForExit(limit))
        {
            jsl.Dispose();
            Assert.Fail($"jsl {script} in {space.Name} did not finish within {limit.TotalSeconds} s");
        }

        jsl.process.WaitForExit();
        return jsl;
    }

    public static NamespacedJsl Start(NetworkNamespace space, string script)
    {
        ArgumentNullException.ThrowIfNull(space);
        var info = new ProcessStartInfo("ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            ArgumentList = { "netns", "exec", space.Name, "dotnet", JslProcess.CommandPath, script },
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start ip netns exec");
        var jsl = new NamespacedJsl(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (jsl.lines) jsl.lines.Add(e.Data);
            jsl.lineArrived.Release();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (jsl.errors) jsl.errors.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return jsl;
    }

    public int ExitCode => process.ExitCode;

    /// <summary>Waits for the stdout line <paramref name="expected"/>; fails after <paramref name="limit"/> or when jsl ends first.</summary>
    public void WaitForLine(string expected, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!Lines.Contains(expected))
        {
            if (DateTime.UtcNow > deadline || process.HasExited && !lineArrived.Wait(200) && !Lines.Contains(expected))
            {
                Assert.Fail($"jsl did not print {expected} within {limit.TotalSeconds} s (exited: {process.HasExited}).\nstdout:\n{string.Join('\n', Lines)}\nstderr:\n{Stderr}");
            }

            lineArrived.Wait(TimeSpan.FromMilliseconds(200));
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
        lineArrived.Dispose();
    }
}
