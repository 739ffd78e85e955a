using System.Runtime.InteropServices;
using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Cli;

/// <summary>
/// Runs one script to its end, then stays alive while background operations are armed (spec §4);
/// the exit status says how it ended: 0, <c>n</c> from <c>Quit(n)</c>, 1 (an error, in the script
/// or a callback), 130/143 (a signal).
/// </summary>
internal static class ScriptRunner
{
    // Set by the first SIGINT / SIGTERM; the exit status from then on.
    private static int signalStatus;

    public static int Run(Func<Engine, Value> run, IReadOnlyList<string> arguments, bool printValue, bool trace)
    {
        var sink = new TextWriterLogSink(Console.Out);
        var engine = new Engine(sink) { TraceSockets = trace, ScriptArguments = arguments };
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => EndOnSignal(context, engine, sink, ExitStatus.Interrupted));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => EndOnSignal(context, engine, sink, ExitStatus.Terminated));
        try
        {
            var value = run(engine);
            if (printValue && value is not EmptyValue) sink.WriteLine(Engine.Format(value));
            engine.RunPending();
            // A signal closes every socket, which also ends the idle loop: report the signal's status.
            var signalled = Volatile.Read(ref signalStatus);
            if (signalled != 0) return signalled;
            // Decision: Quit(n) with n > 0 is the status; a bare Quit() after a failed callback still exits 1.
            if (engine.RequestedExitStatus != 0) return engine.RequestedExitStatus;
            return engine.BackgroundErrorCount > 0 ? ExitStatus.ScriptError : ExitStatus.Success;
        }
        catch (JslScriptException e)
        {
            sink.Finish();
            foreach (var line in e.Reports) Console.Error.WriteLine(line);
            var signalled = Volatile.Read(ref signalStatus);
            return signalled != 0 ? signalled : ExitStatus.ScriptError;
        }
        finally
        {
            sink.Finish();
        }
    }

    /// <summary>SIGINT / SIGTERM: every socket closed, the log flushed, exit 130 / 143 (spec §4).</summary>
    private static void EndOnSignal(PosixSignalContext context, Engine engine, TextWriterLogSink sink, int status)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref signalStatus, status, 0) != 0) return;
        engine.CloseSockets();
        try
        {
            sink.Finish();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        Environment.Exit(status);
    }
}
