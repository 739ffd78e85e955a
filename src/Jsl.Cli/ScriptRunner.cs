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

    public static int Run(Func<Engine, Value> run, IReadOnlyList<string> arguments, bool printValue, RunSettings settings)
    {
        var output = new SealableWriter(Console.Out);
        var errors = new SealableWriter(Console.Error);
        var sink = new TextWriterLogSink(output);
        var engine = new Engine(sink, errors) { TraceSockets = settings.Trace, ScriptArguments = arguments };
        if (LimitOption.Apply(settings.Limits, engine.Limits) is string usage)
        {
            Console.Error.WriteLine($"jsl: {usage}");
            return ExitStatus.UsageError;
        }
        var ending = new RunEnding(engine, sink, output, errors);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => EndOnSignal(context, ending, ExitStatus.Interrupted));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => EndOnSignal(context, ending, ExitStatus.Terminated));
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
            foreach (var line in e.Reports) errors.WriteLine(line);
            errors.Flush();
            var signalled = Volatile.Read(ref signalStatus);
            return signalled != 0 ? signalled : ExitStatus.ScriptError;
        }
        finally
        {
            sink.Finish();
        }
    }

    /// <summary>What a signal handler needs to end a run: the engine, its log, and the two writers it seals.</summary>
    private sealed record RunEnding(Engine Engine, TextWriterLogSink Sink, SealableWriter Output, SealableWriter Errors);

    /// <summary>
    /// SIGINT / SIGTERM: the log flushed, every socket closed, exit 130 / 143 (spec §4). stdout and
    /// stderr are sealed before the sockets close: the script's thread may be inside a blocking
    /// call on one of them, and what it says when that call fails under it is not the user's
    /// business (issue 8: a stray "Send: Value cannot be null" before the exit).
    /// </summary>
    private static void EndOnSignal(PosixSignalContext context, RunEnding ending, int status)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref signalStatus, status, 0) != 0) return;
        try
        {
            ending.Sink.Finish();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        ending.Output.Seal();
        ending.Errors.Seal();
        ending.Engine.CloseSockets();
        Environment.Exit(status);
    }
}

/// <summary>How a script runs: with the socket trace or not, and the <c>--limit</c> settings.</summary>
internal sealed record RunSettings(bool Trace, string[] Limits);
