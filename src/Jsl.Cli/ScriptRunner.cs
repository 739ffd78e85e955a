using System.Runtime.InteropServices;
using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Cli;

/// <summary>
/// Runs one script to its end, then stays alive while background operations are armed (spec §4);
/// the exit status says how it ended: 0, <c>n</c> from <c>Quit(n)</c>, 1 (an error, in the script
/// or a callback), 124 (<c>--timeout</c>), 130/143 (a signal). Every way out closes every socket.
/// </summary>
internal static class ScriptRunner
{
    public static int Run(Func<Engine, Value> run, IReadOnlyList<string> arguments, bool printValue, RunSettings settings)
    {
        var output = new SealableWriter(Console.Out);
        var errors = new SealableWriter(Console.Error);
        var sink = new TextWriterLogSink(output);
        var engine = new Engine(sink, errors) { TraceSockets = settings.Trace, ScriptArguments = arguments };
        if (settings.Configure(engine, out var timeout) is string usage)
        {
            Console.Error.WriteLine($"jsl: {usage}");
            return ExitStatus.UsageError;
        }
        using var cancellation = new RunCancellation(sink, output, errors);
        engine.Cancellation = cancellation.Token;
        // The signal handlers only ask for the stop; the script's thread unwinds and reports it.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => StopOnSignal(context, cancellation, ExitStatus.Interrupted));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => StopOnSignal(context, cancellation, ExitStatus.Terminated));
        if (timeout is TimeSpan duration) cancellation.StopAfter(duration);
        try
        {
            var status = RunToEnd(engine, run, printValue, sink, errors);
            var stopped = cancellation.Finish();
            return stopped != 0 ? stopped : status;
        }
        finally
        {
            engine.CloseSockets();
            sink.Finish();
        }
    }

    /// <summary>The main script, then the idle loop; the status the run ended with by itself (a stop from outside overrides it).</summary>
    private static int RunToEnd(Engine engine, Func<Engine, Value> run, bool printValue, TextWriterLogSink sink, SealableWriter errors)
    {
        try
        {
            var value = run(engine);
            if (printValue && value is not EmptyValue) sink.WriteLine(Engine.Format(value));
            engine.RunPending();
            // Decision: Quit(n) with n > 0 is the status; a bare Quit() after a failed callback still exits 1.
            if (engine.RequestedExitStatus != 0) return engine.RequestedExitStatus;
            return engine.BackgroundErrorCount > 0 ? ExitStatus.ScriptError : ExitStatus.Success;
        }
        catch (JslScriptException e)
        {
            sink.Finish();
            foreach (var line in e.Reports) errors.WriteLine(line);
            errors.Flush();
            return ExitStatus.ScriptError;
        }
        catch (OperationCanceledException)
        {
            // Only a stop from outside cancels the idle loop; its status is the run's.
            return ExitStatus.ScriptError;
        }
    }

    /// <summary>SIGINT / SIGTERM: the default (the runtime's own exit) is replaced by the run's one stop path, exit 130 / 143.</summary>
    private static void StopOnSignal(PosixSignalContext context, RunCancellation cancellation, int status)
    {
        context.Cancel = true;
        cancellation.Stop(status, null);
    }
}

