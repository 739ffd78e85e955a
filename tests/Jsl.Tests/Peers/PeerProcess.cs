using System.Diagnostics;
using System.Text;

namespace Jsl.Tests.Peers;

/// <summary>
/// A running outside program with its output captured. Every wait is bounded; disposing kills
/// the program (and anything it started) if it is still running.
/// </summary>
internal sealed class PeerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly TaskCompletionSource outputDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource errorDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PeerProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>What the program has written to standard output so far.</summary>
    public string StandardOutput
    {
        get
        {
            lock (stdout)
            {
                return stdout.ToString();
            }
        }
    }

    /// <summary>What the program has written to standard error so far.</summary>
    public string StandardError
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    /// <summary>True once the program has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The exit code; only after <see cref="WaitForExit"/> returned true.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The operating-system process id.</summary>
    public int Id => process.Id;

    /// <summary>Starts <paramref name="path"/> with <paramref name="arguments"/>; writes <paramref name="input"/> to its standard input, then closes it.</summary>
    public static PeerProcess Start(string path, IEnumerable<string> arguments, string? input = null, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var peer = new PeerProcess(process);
        process.OutputDataReceived += (_, e) => peer.Append(peer.stdout, e.Data, peer.outputDone);
        process.ErrorDataReceived += (_, e) => peer.Append(peer.stderr, e.Data, peer.errorDone);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        return peer;
    }

    /// <summary>Waits up to <paramref name="limit"/> for the program to exit and its output to be read.</summary>
    public bool WaitForExit(TimeSpan limit)
    {
        if (!process.WaitForExit(limit))
        {
            return false;
        }

        // Output events may trail the exit a little.
        return Task.WaitAll([outputDone.Task, errorDone.Task], TimeSpan.FromSeconds(5));
    }

    /// <summary>Kills the program and its children if they are still running.</summary>
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
            // Never started or already reaped.
        }

        process.Dispose();
    }

    private void Append(StringBuilder target, string? line, TaskCompletionSource done)
    {
        if (line is null)
        {
            done.TrySetResult();
            return;
        }

        lock (target)
        {
            target.Append(line).Append('\n');
        }
    }
}
