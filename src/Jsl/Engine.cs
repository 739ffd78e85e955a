using Jsl.Builtins;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.EventLoop;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Output;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Sockets;
using Jsl.Syntax;

namespace Jsl;

/// <summary>
/// The public entry point: runs JSL text or files and returns their values. One engine is one JSL
/// session (globals persist between runs). Not thread-safe; use it from one thread.
/// </summary>
public sealed class Engine
{
    private static readonly BuiltinTable DefaultBuiltins = CreateBuiltins();

    private readonly Interpreter _interpreter;
    private readonly EventLoop _loop = new();

    /// <summary>Creates an engine whose log goes to <paramref name="logSink"/> (stdout when null).</summary>
    public Engine(ILogSink? logSink = null, TextWriter? diagnostics = null)
    {
        LogSink = logSink ?? new TextWriterLogSink(Console.Out);
        _interpreter = new Interpreter(DefaultBuiltins, new Log(LogSink))
        {
            Diagnostics = diagnostics ?? Console.Error,
        };
        _interpreter.Services[typeof(EventLoop)] = _loop;
        _interpreter.WaitHandler = Wait;
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
    public int BackgroundErrorCount => SocketRuntime.Find(_interpreter)?.CallbackFailures ?? 0;

    /// <summary>Where the script's log goes.</summary>
    public ILogSink LogSink { get; }

    /// <summary>The interpreter (for the library's own layers).</summary>
    internal Interpreter Interpreter => _interpreter;

    /// <summary>Every built-in function, as (category, name), for documentation.</summary>
    public static IEnumerable<(string Category, string Name)> BuiltinFunctions =>
        DefaultBuiltins.Entries.Select(e => (e.Category, e.DisplayName)).OrderBy(e => e.Category, StringComparer.Ordinal).ThenBy(e => e.DisplayName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses without running: every syntax error in <paramref name="text"/>.</summary>
    public static IReadOnlyList<SyntaxError> Check(string text, string fileName) => JslParser.Parse(text, fileName).Errors;

    /// <summary>Runs script text; returns the value of its last expression.</summary>
    /// <exception cref="JslScriptException">The script has a syntax error or stopped with an error.</exception>
    public Value Evaluate(string text, string fileName = "-e")
    {
        var parsed = JslParser.Parse(text, fileName);
        if (!parsed.Succeeded) throw new JslScriptException(parsed.Errors.Select(e => e.ToString()).ToList());
        var scope = Scope.ForScript(_interpreter.Globals, fileName);
        try
        {
            return _interpreter.EvalTopLevel(parsed.Root, scope);
        }
        catch (JslStop)
        {
            // Stop() ends the whole run at once (spec §4): no callback runs afterwards.
            CloseSockets();
            return EmptyValue.Instance;
        }
        catch (JslException e)
        {
            CloseSockets();
            throw new JslScriptException([Report(e)]);
        }
        finally
        {
            _interpreter.Log.Flush();
        }
    }

    /// <summary>
    /// After the main script: runs background callbacks as they fall due until nothing is armed
    /// or queued (spec §4, end of the main script). A callback's JSL error is reported on the
    /// diagnostics writer and ends only its operation (see <see cref="BackgroundErrorCount"/>);
    /// <c>Stop()</c> in a callback closes every socket and returns. When
    /// <paramref name="cancellationToken"/> fires, every socket is closed and
    /// <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public void RunPending(CancellationToken cancellationToken = default)
    {
        _interpreter.Log.Flush();
        try
        {
            _loop.RunUntilIdle(cancellationToken);
        }
        catch (JslStop)
        {
            CloseSockets();
        }
        catch (OperationCanceledException)
        {
            CloseSockets();
            throw;
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
        try
        {
            return _loop.RunDue();
        }
        catch (JslStop)
        {
            CloseSockets();
            return true;
        }
        finally
        {
            _interpreter.Log.Flush();
        }
    }

    /// <summary>
    /// Closes every socket the scripts opened; their background operations end without
    /// callbacks. Safe from any thread (a signal handler), as the run is ending.
    /// </summary>
    public void CloseSockets() => SocketRuntime.Find(_interpreter)?.Registry.CloseAll();

    /// <summary>
    /// <c>Wait(x)</c>: pumps the event loop for <c>x</c> seconds (<c>0</c>: runs what is due).
    /// Decision: a negative <c>x</c> pauses <c>|x|</c> seconds without running callbacks.
    /// </summary>
    private void Wait(double seconds)
    {
        if (seconds < 0)
        {
            Thread.Sleep(TimeSpan.FromSeconds(Math.Min(-seconds, int.MaxValue / 1000.0)));
            return;
        }
        _loop.RunFor(TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000.0)), CancellationToken.None);
    }

    /// <summary>Runs a script file (UTF-8 or UTF-16 with a byte-order mark).</summary>
    /// <exception cref="JslScriptException">The script has a syntax error or stopped with an error.</exception>
    public Value RunFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new JslScriptException([$"{path}: cannot read the script: {e.Message}"]);
        }
        return Evaluate(ScriptText.DecodeScript(bytes), path);
    }

    /// <summary>The text a value prints as in JMP's log (<c>Print</c>'s form).</summary>
    public static string Format(Value value) => ValueFormatter.ToPrintText(value);

    /// <summary>The one-line report of an error: <c>FILE:LINE:COL: message</c>.</summary>
    internal static string Report(JslException e)
    {
        var message = e is JslRuntimeError runtime ? runtime.LogLine : e.Message;
        return e.Position.IsKnown ? $"{e.Position}: {message}" : message;
    }

    private static BuiltinTable CreateBuiltins()
    {
        var table = BuiltinCatalog.CreateDefault();
        ExpressionPrinter.CanonicalName = symbol => table.Find(symbol)?.DisplayName;
        return table;
    }
}
