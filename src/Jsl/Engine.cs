using Jsl.Builtins;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Output;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
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

    /// <summary>Creates an engine whose log goes to <paramref name="logSink"/> (stdout when null).</summary>
    public Engine(ILogSink? logSink = null, TextWriter? diagnostics = null)
    {
        LogSink = logSink ?? new TextWriterLogSink(Console.Out);
        _interpreter = new Interpreter(DefaultBuiltins, new Log(LogSink))
        {
            Diagnostics = diagnostics ?? Console.Error,
        };
    }

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
            return EmptyValue.Instance;
        }
        catch (JslException e)
        {
            throw new JslScriptException([Report(e)]);
        }
        finally
        {
            _interpreter.Log.Flush();
        }
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
