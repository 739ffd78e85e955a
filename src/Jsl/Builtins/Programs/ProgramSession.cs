using Jsl.Runtime.Scheduling;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Programs;

/// <summary>
/// A program run with a read function (the asynchronous form): the run stays alive until the
/// program has exited and its output ended; each time output arrives the read function is called on
/// the script's thread, and the write function is called from the start, again every few
/// milliseconds, while the program's input is open. A callback that fails ends the callbacks
/// (the program runs on), as a failing socket callback ends its operation.
/// </summary>
internal sealed class ProgramSession
{
    /// <summary>
    /// How long after one call of the write function the next one comes. Decision: JMP calls it
    /// "when the program can take input", which a pipe almost always can; every 10 ms lets a
    /// conversation (the Index's CMD.EXE example) go at the program's pace without spinning.
    /// </summary>
    private static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(10);

    private readonly EventLoop loop;
    private readonly ProgramValue program;
    private readonly ProgramCallback? read;
    private readonly ProgramCallback? write;
    private readonly Value parameter;
    private readonly IDisposable keepAlive;
    private int posted;
    private bool ended;

    /// <summary>Starts the callbacks of <paramref name="program"/>.</summary>
    public ProgramSession(EventLoop loop, ProgramValue program, ProgramCallback? read, ProgramCallback? write, Value parameter)
    {
        this.loop = loop;
        this.program = program;
        this.read = read;
        this.write = write;
        this.parameter = parameter;
        keepAlive = loop.Arm();
        program.Program.OutputArrived = Notify;
        if (write is not null) loop.Post(CallWrite);
        Notify();
    }

    /// <summary>Pool thread: posts one delivery, unless one is already waiting.</summary>
    private void Notify()
    {
        if (Interlocked.Exchange(ref posted, 1) == 0) loop.Post(Deliver);
    }

    private void Deliver()
    {
        Volatile.Write(ref posted, 0);
        if (ended) return;
        if (read is not null && program.Program.HasOutput && !read.Invoke(program, parameter))
        {
            End();
            return;
        }
        // Decision: once the program has exited and its output ended, the run no longer waits for
        // it; output the read function left unread can still be read with << Read.
        if (program.Program.IsFinished) End();
    }

    private void CallWrite()
    {
        if (ended || !program.Program.CanWrite) return;
        if (!write!.Invoke(program, parameter))
        {
            End();
            return;
        }
        if (program.Program.CanWrite) loop.ScheduleAfter(WriteInterval, CallWrite);
    }

    private void End()
    {
        ended = true;
        keepAlive.Dispose();
    }
}
