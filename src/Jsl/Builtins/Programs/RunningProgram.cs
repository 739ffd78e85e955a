using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Jsl.Builtins.Programs;

/// <summary>
/// An external program started by <c>Run Program</c>: its standard output collected in the
/// background as it arrives (read by the script with <c>&lt;&lt; Read</c>), its standard input open
/// for <c>&lt;&lt; Write</c> until <c>&lt;&lt; Write EOF</c>, its standard error passed through to jsl's
/// own standard error, and its exit code once it ends. Thread-safe: the readers run on the thread
/// pool, the script reads and writes from its own thread.
/// </summary>
internal sealed class RunningProgram : IDisposable
{
    private readonly Process process;
    private readonly Lock gate = new();
    private readonly MemoryStream pending = new();
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private bool outputEnded;
    private bool exited;
    private bool inputClosed;
    private bool killed;
    private int exitCode;

    private RunningProgram(Process process) => this.process = process;

    /// <summary>Set whenever output arrives, the output ends or the program exits (a waiting script wakes on it).</summary>
    public ManualResetEventSlim Changed { get; } = new(false);

    /// <summary>Called on a pool thread each time output arrives or ends; the script's part is posted from here.</summary>
    public Action? OutputArrived { get; set; }

    /// <summary>
    /// Starts <paramref name="executable"/> with <paramref name="arguments"/> (each one argument, no
    /// shell in between). Returns null with <paramref name="error"/> set when it cannot be started.
    /// </summary>
    public static RunningProgram? Start(string executable, IReadOnlyList<string> arguments, TextWriter diagnostics, out string error)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            // The system's reason, not .NET's sentence around it (which names the working directory).
            error = Directory.Exists(executable) ? "it is a folder" : e.NativeErrorCode switch
            {
                2 => Path.IsPathRooted(executable) || executable.Contains('/') ? "no such file" : "no such program on the PATH",
                13 => "permission denied",
                8 => "not an executable file",
                _ => $"system error {e.NativeErrorCode}",
            };
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or PlatformNotSupportedException)
        {
            process.Dispose();
            error = e.Message;
            return null;
        }
        error = "";
        var program = new RunningProgram(process);
        _ = Task.Run(program.ReadOutput);
        _ = Task.Run(() => program.PassErrors(diagnostics));
        _ = Task.Run(program.AwaitExit);
        return program;
    }

    /// <summary>True while collected output waits to be read.</summary>
    public bool HasOutput
    {
        get
        {
            lock (gate) return pending.Length > 0;
        }
    }

    /// <summary>True once the output has ended and all of it was read.</summary>
    public bool IsReadEof
    {
        get
        {
            lock (gate) return outputEnded && pending.Length == 0;
        }
    }

    /// <summary>True once the output ended and the program exited: nothing more will happen.</summary>
    public bool IsFinished
    {
        get
        {
            lock (gate) return outputEnded && exited;
        }
    }

    /// <summary>The exit code, or null while the program runs.</summary>
    public int? ExitCode
    {
        get
        {
            lock (gate) return exited ? exitCode : null;
        }
    }

    /// <summary>True while standard input is open and the program runs.</summary>
    public bool CanWrite
    {
        get
        {
            lock (gate) return !inputClosed && !exited;
        }
    }

    /// <summary>Takes every byte collected so far.</summary>
    public byte[] TakeBytes()
    {
        lock (gate)
        {
            var bytes = pending.ToArray();
            pending.SetLength(0);
            return bytes;
        }
    }

    /// <summary>Takes the output collected so far as UTF-8 text; a character split between two reads waits for its end.</summary>
    public string TakeText()
    {
        lock (gate)
        {
            var bytes = pending.ToArray();
            pending.SetLength(0);
            var chars = new char[decoder.GetCharCount(bytes, 0, bytes.Length, flush: outputEnded)];
            var count = decoder.GetChars(bytes, 0, bytes.Length, chars, 0, flush: outputEnded);
            return new string(chars, 0, count);
        }
    }

    /// <summary>All of a program's output as text (UTF-8; an incomplete last character becomes U+FFFD).</summary>
    public static string Text(byte[] output) => new UTF8Encoding(false).GetString(output);

    /// <summary>Writes to standard input; false when it is closed (Write EOF, or the program ended).</summary>
    public bool Write(byte[] bytes)
    {
        if (!CanWrite) return false;
        try
        {
            var input = process.StandardInput.BaseStream;
            input.Write(bytes);
            input.Flush();
            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Closes standard input, so the program reads end of file.</summary>
    public void CloseInput()
    {
        lock (gate)
        {
            if (inputClosed) return;
            inputClosed = true;
        }
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program already went away; its input is closed either way.
        }
    }

    /// <summary>Ends the program (and any it started); false when it had already exited.</summary>
    public bool Kill()
    {
        lock (gate)
        {
            if (exited || killed) return false;
            killed = true;
        }
        try
        {
            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Kills the program if it still runs and releases the process handle.</summary>
    public void Dispose()
    {
        Kill();
        process.Dispose();
        Changed.Dispose();
    }

    private async Task ReadOutput()
    {
        var buffer = new byte[8192];
        var output = process.StandardOutput.BaseStream;
        while (true)
        {
            int read;
            try
            {
                read = await output.ReadAsync(buffer).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                read = 0;
            }
            lock (gate)
            {
                if (read == 0) outputEnded = true;
                else pending.Write(buffer, 0, read);
            }
            Signal();
            if (read == 0) return;
        }
    }

    /// <summary>
    /// Decision: the program's standard error goes, line by line, to jsl's diagnostics writer
    /// (stderr), so that Read and the blocking form's answer are exactly its standard output and
    /// its complaints are still seen; JMP does not document where they go.
    /// </summary>
    private async Task PassErrors(TextWriter diagnostics)
    {
        try
        {
            while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lock (diagnostics)
                {
                    diagnostics.WriteLine(line);
                    diagnostics.Flush();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The stream closed under us: the program is gone.
        }
    }

    private async Task AwaitExit()
    {
        await process.WaitForExitAsync().ConfigureAwait(false);
        lock (gate)
        {
            exited = true;
            exitCode = process.ExitCode;
        }
        Signal();
    }

    private void Signal()
    {
        try
        {
            Changed.Set();
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        OutputArrived?.Invoke();
    }
}
