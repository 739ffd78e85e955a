using System.CommandLine;
using System.Runtime.InteropServices;
using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Cli;

/// <summary>Parses the command line (System.CommandLine) and dispatches: run a file, <c>-e</c> text, <c>check</c>, <c>--functions</c>.</summary>
internal static class CommandLine
{
    // Set by the first SIGINT / SIGTERM; the exit status from then on.
    private static int signalStatus;

    public static int Run(string[] args)
    {
        var file = new Argument<string?>("file") { Description = "The script to run.", Arity = ArgumentArity.ZeroOrOne };
        var eval = new Option<string?>("-e", "--eval") { Description = "Run TEXT and print the value of its last expression." };
        var trace = new Option<bool>("--trace") { Description = "Log every socket message and callback on stderr." };
        var functions = new Option<bool>("--functions") { Description = "List the built-in functions and exit." };
        var limits = new Option<string[]>("--limit")
        {
            Description = $"Set a resource limit, NAME=N ({LimitOption.Names}); repeatable. Defaults: string=268435456, list=50000000, matrix=100000000.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var repl = new Option<bool>("--repl") { Description = "Read JSL from standard input interactively (the default when jsl is started with no script on a terminal)." };
        var root = new RootCommand("jsl: run JMP Scripting Language (JSL) scripts outside JMP.") { file, eval, trace, functions, repl, limits };

        var checkFiles = new Argument<string[]>("files") { Description = "Scripts to check.", Arity = ArgumentArity.OneOrMore };
        var check = new Command("check", "Parse scripts without running them and list every syntax error.") { checkFiles };
        root.Subcommands.Add(check);

        check.SetAction(result => Check(result.GetValue(checkFiles) ?? []));
        root.SetAction(result =>
        {
            if (result.GetValue(functions)) return ListFunctions();
            var text = result.GetValue(eval);
            var path = result.GetValue(file);
            var settings = new RunSettings(result.GetValue(trace), result.GetValue(limits) ?? []);
            if (text is not null && path is null) return EvaluateText(text, settings);
            if (path is not null && text is null) return RunFile(path, settings);
            if (path is null && text is null && (result.GetValue(repl) || !Console.IsInputRedirected))
            {
                return Repl.Run(Console.In, showPrompts: !Console.IsInputRedirected);
            }
            Console.Error.WriteLine("usage: jsl FILE | jsl -e TEXT | jsl check FILE... (see jsl --help)");
            return ExitStatus.UsageError;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"jsl: {error.Message}");
            return ExitStatus.UsageError;
        }
        return parsed.Invoke();
    }

    /// <summary>How a script runs: with the socket trace or not, and the <c>--limit</c> settings.</summary>
    private sealed record RunSettings(bool Trace, string[] Limits);

    private static int RunFile(string path, RunSettings settings) => RunScript(engine => engine.RunFile(path), printValue: false, settings);

    private static int EvaluateText(string text, RunSettings settings) => RunScript(engine => engine.Evaluate(text, "-e"), printValue: true, settings);

    /// <summary>
    /// Runs a script, then stays alive while background operations are armed (spec §4); the exit
    /// status says how it ended: 0, 1 (an error, in the script or a callback), 130/143 (a signal).
    /// </summary>
    private static int RunScript(Func<Engine, Value> run, bool printValue, RunSettings settings)
    {
        var output = new SealableWriter(Console.Out);
        var errors = new SealableWriter(Console.Error);
        var sink = new TextWriterLogSink(output);
        var engine = new Engine(sink, errors) { TraceSockets = settings.Trace };
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

    private static int Check(string[] paths)
    {
        var status = ExitStatus.Success;
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = Syntax.ScriptText.DecodeScript(File.ReadAllBytes(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{path}: cannot read the script: {e.Message}");
                status = ExitStatus.ScriptError;
                continue;
            }
            foreach (var error in Engine.Check(text, path))
            {
                Console.Error.WriteLine(error.ToString());
                status = ExitStatus.ScriptError;
            }
        }
        return status;
    }

    private static int ListFunctions()
    {
        Console.Write(Engine.BuiltinFunctionsMarkdown());
        return ExitStatus.Success;
    }
}
