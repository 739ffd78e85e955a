using Jsl.Builtins;
using Jsl.Runtime.Descriptors;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scheduling;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Output;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Sockets;
using Jsl.Sockets.Policy;
using Jsl.Syntax;

namespace Jsl;

/// <summary>
/// The public entry point: runs JSL text or files and returns their values. One engine is one JSL
/// session (globals persist between runs). Not thread-safe; use it from one thread.
/// </summary>
public sealed partial class Engine
{
    private static readonly BuiltinTable DefaultBuiltins = CreateBuiltins();

    private readonly Interpreter _interpreter;

    // This engine's own built-ins (the host's functions) in front of the shared table.
    private readonly BuiltinTable _builtins = new(DefaultBuiltins);
    private readonly EventLoop _loop = new();

    // The one script-level scope every Evaluate shares when OneHereAcrossRuns is set (made at the first run).
    private Scope? _sessionScope;

    /// <summary>Creates an engine whose log goes to <paramref name="logSink"/> (stdout when null).</summary>
    public Engine(ILogSink? logSink = null, TextWriter? diagnostics = null)
    {
        LogSink = logSink ?? new TextWriterLogSink(Console.Out);
        _interpreter = new Interpreter(_builtins, new Log(LogSink))
        {
            Diagnostics = diagnostics ?? Console.Error,
        };
        _interpreter.State.Loop = _loop;
        // Read once per process while a descriptor is surely free, so that a report of
        // exhaustion can name the limit even when it comes before any socket (issue 8).
        OpenFileLimit.Prepare();
    }

    /// <summary>
    /// When true, every socket message with its result and every callback dispatch is written,
    /// timestamped with its script position, to the diagnostics writer (<c>jsl --trace</c>).
    /// </summary>
    public bool TraceSockets
    {
        get => SocketRuntime.Find(_interpreter)?.Trace is not null;
        set => SocketRuntime.For(_interpreter).Trace = value ? new SocketTrace(_interpreter.Diagnostics) : null;
    }

    /// <summary>True while background work (an armed socket operation, a pending schedule) keeps the run alive.</summary>
    public bool HasPendingWork => _loop.ArmedCount > 0;

    /// <summary>
    /// Number of background callbacks that ended with a JSL error (each reported on the
    /// diagnostics writer as it happened). A host exits with status 1 when this is not zero.
    /// </summary>
    public int BackgroundErrorCount => _interpreter.State.BackgroundErrors.Count;

    /// <summary>
    /// Whether an uncaught error in <see cref="Evaluate"/> closes every socket, ending the run
    /// (true, as spec §4 says for a script). An interactive host sets it to false so that one
    /// mistyped entry does not end the session's connections.
    /// </summary>
    public bool CloseSocketsOnError { get; set; } = true;

    /// <summary>True once a script called <c>Stop()</c> or <c>Quit()</c>.</summary>
    public bool Stopped { get; private set; }

    /// <summary>
    /// The exit status the script asked for with <c>Quit(n)</c> / <c>Exit(n)</c> (our extension,
    /// language spec §6a.6); 0 until then, and after <c>Stop()</c> or a bare <c>Quit()</c>.
    /// </summary>
    public int RequestedExitStatus { get; private set; }

    /// <summary>
    /// The arguments given to the script after its name on the command line, which the script
    /// reads with <c>Script Arguments()</c> (our extension); empty unless the host sets them.
    /// </summary>
    public IReadOnlyList<string> ScriptArguments
    {
        get => _interpreter.State.ScriptArguments;
        set => _interpreter.State.ScriptArguments = [.. value];
    }

    /// <summary>
    /// The largest strings, lists and matrices a script may build; a script that would grow a
    /// value past one gets a JSL error at that call (<c>jsl --limit</c>). Set before running.
    /// </summary>
    public ResourceLimits Limits => _interpreter.State.Limits;

    /// <summary>
    /// The most steps one <see cref="Evaluate"/> may take, a step being one loop iteration, one
    /// call of a JSL function, one read of a stored expression or one matching step of
    /// <c>Pat Match</c>; null (the default) for no limit. A script that takes more stops with
    /// the error "The run exceeded its limit of N steps", which <c>Try</c> does not catch.
    /// </summary>
    public long? StepLimit
    {
        get => _interpreter.State.Budget.Limit;
        set => _interpreter.State.Budget.Limit = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A step limit must be a positive number.");
    }

    /// <summary>
    /// When this token is cancelled, the running script stops at its next step (see
    /// <see cref="StepLimit"/>) or <c>Wait</c> with the error "The run was cancelled" (not caught by <c>Try</c>).
    /// </summary>
    /// <remarks>
    /// Cancelling also closes every socket (so a message blocked in <c>Recv</c>, <c>Accept</c>,
    /// <c>Connect</c> or <c>Send</c> returns, and the script stops right after it), ends a
    /// <c>Wait</c>, a callback and <see cref="RunPending"/>. This is the one way a run is stopped
    /// from outside: <c>jsl</c>'s <c>--timeout</c>, SIGINT and SIGTERM cancel this token too.
    /// The engine stays registered on the token until another one is set (<c>default</c> lets go),
    /// so give each engine a token of its own rather than one that outlives many engines.
    /// </remarks>
    public CancellationToken Cancellation
    {
        get => _interpreter.State.Budget.Cancellation;
        set
        {
            _cancellationRegistration.Dispose();
            _interpreter.State.Budget.Cancellation = value;
            _cancellationRegistration = value.Register(static engine => ((Engine)engine!).OnCancelled(), this);
        }
    }

    private CancellationTokenRegistration _cancellationRegistration;

    /// <summary>The token fired (on the cancelling thread): the next step checks it, and every socket closes under whatever blocks on it.</summary>
    private void OnCancelled()
    {
        _interpreter.State.Budget.CheckAtNextStep();
        if (CloseSocketsOnCancel) CloseSockets();
    }

    /// <summary>
    /// Whether cancelling <see cref="Cancellation"/> closes every socket (true, the default: a
    /// cancelled run is over). The interactive loop turns it off: Ctrl-C there cancels one entry
    /// or one callback, and the session keeps its sockets.
    /// </summary>
    internal bool CloseSocketsOnCancel { get; set; } = true;

    /// <summary>
    /// Which addresses the script's sockets may use (<c>jsl --allow-net</c> / <c>--deny-net</c>);
    /// null (the default) allows every address, as JMP does. A refused <c>Connect</c>,
    /// <c>SendTo</c> or <c>Bind</c> returns the status <c>NETPOLICY</c>.
    /// </summary>
    public NetworkPolicy? NetworkPolicy
    {
        get => _interpreter.State.NetworkPolicy;
        set => _interpreter.State.NetworkPolicy = value;
    }

    /// <summary>
    /// When true, every <see cref="Evaluate"/> runs in one script-level scope, so that
    /// <c>Names Default To Here(1)</c> in one run gives the next runs the same Here namespace
    /// (an interactive session's entries are one script); when false (the default) each run is a
    /// script of its own, with its own Here. Set it before the first run.
    /// </summary>
    internal bool OneHereAcrossRuns { get; set; }

    /// <summary>Where the script's log goes.</summary>
    public ILogSink LogSink { get; }

    /// <summary>Whether calls run through their prepared fast paths (true) or all by the general route (see <see cref="Interpreter.FastPaths"/>).</summary>
    internal bool FastPaths
    {
        get => _interpreter.FastPaths;
        set => _interpreter.FastPaths = value;
    }

    /// <summary>The interpreter (for the library's own layers).</summary>
    internal Interpreter Interpreter => _interpreter;

    /// <summary>Every built-in function, as (category, name), for documentation.</summary>
    internal static IEnumerable<(string Category, string Name)> BuiltinFunctions =>
        DefaultBuiltins.Entries.Select(e => (e.Category, e.DisplayName)).OrderBy(e => e.Category, StringComparer.Ordinal).ThenBy(e => e.DisplayName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The built-in functions as a Markdown page (docs/functions.md is this text), one section per category.</summary>
    internal static string BuiltinFunctionsMarkdown()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("# Supported functions\n\nGenerated by `jsl --functions` from the built-in table; ")
          .Append(DefaultBuiltins.Entries.Count()).Append(" functions. Operators are listed under the functions they stand for.\n")
          .Append("Each function is shown with its parameters (`src/Jsl/Builtins/BuiltinSignatures.txt`, names as in JMP's Scripting Index):\n")
          .Append("`name?` may be left off, `name...` stands for any number of further arguments; a call with too few or too many is an error.\n");
        foreach (var group in BuiltinFunctions.GroupBy(f => f.Category))
        {
            sb.Append("\n## ").Append(group.Key).Append("\n\n");
            foreach (var (_, name) in group)
            {
                var signature = DefaultBuiltins.Find(Syntax.Symbol.Intern(name))?.Signature;
                sb.Append("- `").Append(signature?.Text ?? name).Append("`\n");
            }
        }
        AppendMessages(sb);
        return sb.ToString();
    }

    /// <summary>The known JMP functions that jsl does not provide, as a Markdown page (docs/unavailable.md is this text).</summary>
    internal static string UnavailableFunctionsMarkdown() => UnavailableFunctionsPage.Markdown();

    /// <summary>The <c>&lt;&lt;</c> messages, one section per receiver kind, one line per category.</summary>
    private static void AppendMessages(System.Text.StringBuilder sb)
    {
        sb.Append("\n## Messages\n\nSent with `<<`, listed under the kind of value that answers them.\n");
        foreach (var receiver in DefaultBuiltins.Messages.Receivers.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            sb.Append("\n### ").Append(receiver.Name).Append("\n\n");
            var groups = receiver.Entries.GroupBy(e => e.Category).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (groups.Count == 0) sb.Append("- no built-in messages\n");
            foreach (var group in groups)
            {
                sb.Append("- ").Append(group.Key).Append(": ")
                  .Append(string.Join(", ", group.OrderBy(e => e.DisplayName, StringComparer.OrdinalIgnoreCase).Select(e => $"`{e.DisplayName}`")))
                  .Append('\n');
            }
            if (receiver.Fallback is not null) sb.Append("- and messages resolved at run time\n");
        }
    }

    /// <summary>
    /// Parses <paramref name="text"/>. The parser loads parts of .NET as it meets the syntax that
    /// needs them; with no descriptor left that fails, and the script is reported as not run.
    /// </summary>
    private static ParseResult ParseOrReport(string text, string fileName)
    {
        try
        {
            return JslParser.Parse(text, fileName);
        }
        catch (Exception e) when (DescriptorExhaustion.Explains(e))
        {
            throw new JslScriptException([JslDiagnostic.Unplaced(fileName, DescriptorExhaustion.Describe(), JslDiagnosticKind.Limit)]);
        }
    }

    /// <summary>Parses without running: every syntax error in <paramref name="text"/>, in source order (none when it is well-formed).</summary>
    public static IReadOnlyList<JslDiagnostic> Check(string text, string fileName) => [.. JslParser.Parse(text, fileName).Errors.Select(JslDiagnostic.FromSyntax)];

    /// <summary>
    /// Runs script text; returns (a copy of) the value of its last expression. Names the script
    /// assigns without <c>Names Default To Here(1)</c> are globals, which later runs and
    /// <see cref="GetGlobal"/> see.
    /// </summary>
    /// <param name="text">The script.</param>
    /// <param name="fileName">The name errors are reported under, and the base of the script's relative paths.</param>
    /// <exception cref="JslScriptException">The script has a syntax error or stopped with an error (see <see cref="JslScriptException.Diagnostics"/>).</exception>
    /// <exception cref="InvalidOperationException">The engine is already running a script (a host function called it).</exception>
    public JslValue Evaluate(string text, string fileName = "-e") => JslValue.ResultFromEngine(EvaluateValue(text, fileName), fileName);

    /// <summary><see cref="Evaluate"/> giving the interpreter's own value (for the library's tests and the CLI).</summary>
    internal Value EvaluateValue(string text, string fileName = "-e")
    {
        using var run = BeginRun();
        return Run(text, fileName);
    }

    private Value Run(string text, string fileName)
    {
        var parsed = ParseOrReport(text, fileName);
        if (!parsed.Succeeded) throw new JslScriptException([.. parsed.Errors.Select(JslDiagnostic.FromSyntax)]);
        var scope = OneHereAcrossRuns ? _sessionScope ??= Scope.ForScript(_interpreter.Globals, fileName) : Scope.ForScript(_interpreter.Globals, fileName);
        _interpreter.State.Budget.Reset();
        JslException failure;
        try
        {
            return _interpreter.EvalTopLevel(parsed.Root, scope);
        }
        catch (JslStop stop)
        {
            // Stop() ends the whole run at once (spec §4): no callback runs afterwards.
            Stop(stop);
            return EmptyValue.Instance;
        }
        catch (JslException e)
        {
            // The report is written after the catch: .NET runs a catch block with the failing
            // frames still on the stack, and a depth error's line must be printed with the room
            // the stack has again once they are gone.
            failure = e;
        }
        catch (Exception e) when (e is not JslException && DescriptorExhaustion.Explains(e))
        {
            // Outside any built-in (which report it at their call): .NET could not load what the
            // evaluator needed next for want of a descriptor (issue 8).
            if (CloseSocketsOnError) CloseSockets();
            throw new JslScriptException([JslDiagnostic.Unplaced(fileName, DescriptorExhaustion.Describe(), JslDiagnosticKind.Limit)]);
        }
        catch (OutOfMemoryException)
        {
            // Outside any built-in (which report it at their call): the script as a whole is the position.
            if (CloseSocketsOnError) CloseSockets();
            throw new JslScriptException([JslDiagnostic.Unplaced(fileName, Interpreter.OutOfMemoryMessage, JslDiagnosticKind.Limit)]);
        }
        finally
        {
            _interpreter.Log.Flush();
        }
        if (CloseSocketsOnError) CloseSockets();
        throw new JslScriptException([JslDiagnostic.FromError(failure, fileName)]);
    }

    /// <summary>
    /// After the main script: runs background callbacks as they fall due until nothing is armed
    /// or queued (spec §4, end of the main script), then closes the sockets still open (the run
    /// is over). A callback's JSL error is reported on the diagnostics writer and ends only its
    /// operation (see <see cref="BackgroundErrorCount"/>); <c>Stop()</c> in a callback closes
    /// every socket and returns. When <paramref name="cancellationToken"/> or
    /// <see cref="Cancellation"/> fires, every socket is closed and
    /// <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    /// <remarks>
    /// Decision: the end of the idle loop closes every socket, as the end of the process does for
    /// <c>jsl FILE</c>, so that a host sees the same "every socket closed on every way out"; a
    /// host that keeps sockets between runs drives the loop with <see cref="RunDue"/> instead.
    /// </remarks>
    /// <exception cref="JslScriptException">Memory ran out in a callback outside any built-in ("Out of memory").</exception>
    public void RunPending(CancellationToken cancellationToken = default)
    {
        using var run = BeginRun();
        _interpreter.Log.Flush();
        using var either = Cancellation.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Cancellation) : null;
        try
        {
            _loop.RunUntilIdle(either?.Token ?? cancellationToken);
            CloseSockets();
        }
        catch (JslStop stop)
        {
            Stop(stop);
        }
        catch (OperationCanceledException)
        {
            CloseSockets();
            throw;
        }
        catch (Exception e) when (e is not JslException && DescriptorExhaustion.Explains(e))
        {
            CloseSockets();
            throw new JslScriptException([JslDiagnostic.Unplaced("jsl", DescriptorExhaustion.Describe(), JslDiagnosticKind.Limit)]);
        }
        catch (OutOfMemoryException)
        {
            // A callback ran out of memory outside any built-in (which report it at their call).
            CloseSockets();
            throw new JslScriptException([JslDiagnostic.Unplaced("", Interpreter.OutOfMemoryMessage, JslDiagnosticKind.Limit)]);
        }
        finally
        {
            _interpreter.Log.Flush();
        }
    }

    /// <summary>
    /// Runs the background callbacks that are due now and returns whether any ran; for hosts
    /// that drive their own loop (a REPL between inputs). <c>Stop()</c> in a callback closes
    /// every socket.
    /// </summary>
    public bool RunDue()
    {
        using var run = BeginRun();
        try
        {
            return _loop.RunDue();
        }
        catch (JslStop stop)
        {
            Stop(stop);
            return true;
        }
        finally
        {
            _interpreter.Log.Flush();
        }
    }

    /// <summary>
    /// Runs background callbacks as they fall due, waiting for them in between, until
    /// <paramref name="done"/> (asked after each drain) says to return; for a host that waits for
    /// its own input at the same time, which it hands over with <see cref="Post"/> (the REPL's keys).
    /// <c>Stop()</c> in a callback closes every socket and returns.
    /// </summary>
    internal void RunPendingUntil(Func<bool> done)
    {
        try
        {
            _loop.RunUntil(done);
        }
        catch (JslStop stop)
        {
            Stop(stop);
        }
        catch (OperationCanceledException cancelled) when (cancelled.InnerException is JslException stopped)
        {
            // A callback cancelled while it ran (Ctrl-C at the prompt): that callback ends with
            // its error reported, as any failing callback's; the session goes on.
            _interpreter.State.BackgroundErrors.Report(stopped);
        }
        finally
        {
            _interpreter.Log.Flush();
        }
    }

    /// <summary>Queues <paramref name="work"/> to run on the engine's thread at its next drain of background work. Any thread.</summary>
    internal void Post(Action work) => _loop.Post(work);

    /// <summary>Ends the run as <c>Stop()</c> / <c>Quit(n)</c> asked: every socket closed, the status kept.</summary>
    private void Stop(JslStop stop)
    {
        Stopped = true;
        RequestedExitStatus = stop.ExitStatus;
        CloseSockets();
    }

    /// <summary>
    /// Closes every socket the scripts opened (their background operations end without
    /// callbacks) and kills the programs <c>Run Program</c> started that still run. Safe from any
    /// thread (a signal handler), as the run is ending.
    /// </summary>
    public void CloseSockets()
    {
        SocketRuntime.Find(_interpreter)?.Registry.CloseAll();
        _interpreter.State.Programs.KillAll();
    }

    /// <summary>Runs a script file (UTF-8 or UTF-16 with a byte-order mark); returns (a copy of) the value of its last expression.</summary>
    /// <exception cref="JslScriptException">The file cannot be read, or the script has a syntax error or stopped with an error.</exception>
    public JslValue RunFile(string path) => JslValue.ResultFromEngine(RunFileValue(path), path);

    /// <summary><see cref="RunFile"/> giving the interpreter's own value.</summary>
    internal Value RunFileValue(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new JslScriptException([e is IOException io && DescriptorExhaustion.IsTooManyOpenFiles(io)
                ? JslDiagnostic.Unplaced(path, DescriptorExhaustion.Describe(), JslDiagnosticKind.Limit)
                : JslDiagnostic.Unplaced(path, $"cannot read the script: {e.Message}", JslDiagnosticKind.Runtime)]);
        }
        return EvaluateValue(ScriptText.DecodeScript(bytes), path);
    }

    /// <summary>The text a value prints as in JMP's log (<c>Print</c>'s form).</summary>
    internal static string Format(Value value) => ValueFormatter.ToPrintText(value);

    private static BuiltinTable CreateBuiltins()
    {
        var table = BuiltinCatalog.CreateDefault();
        ExpressionPrinter.CanonicalName = symbol => table.Find(symbol)?.DisplayName;
        return table;
    }
}
