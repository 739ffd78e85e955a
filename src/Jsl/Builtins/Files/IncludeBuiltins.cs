using Jsl.Builtins.Core;
using Jsl.Runtime.Descriptors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Files;

/// <summary>
/// <c>Include</c> and <c>Include File List</c>: running another script file inside this one
/// (Scripting Index, Programming: Include, Include File List; Scripting Guide, Includes).
/// </summary>
internal static class IncludeBuiltins
{
    private const string Category = "Files";
    private const string ParseOnly = "Parse Only";
    private const string NewContext = "New Context";
    private const string NamesDefaultToHere = "Names Default To Here";
    private const string AllowRecursion = "Allow Include File Recursion";
    private static readonly Symbol[] Options = [Symbol.Intern(ParseOnly), Symbol.Intern(NewContext), Symbol.Intern(NamesDefaultToHere), Symbol.Intern(AllowRecursion)];

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Include", Include);
        table.Add(Category, "Include File List", IncludeFileList);
    }

    /// <summary>
    /// <c>Include(path, &lt;&lt;Parse Only, &lt;&lt;New Context, &lt;&lt;Names Default To Here,
    /// &lt;&lt;Allow Include File Recursion)</c>: the value of the included script's last
    /// expression, or with Parse Only the script itself as an expression, unevaluated.
    /// A relative path resolves against the default directory, which is the directory of the
    /// file running now (see <see cref="PathResolver.DefaultDirectory"/>).
    /// </summary>
    private static Value Include(CallContext c)
    {
        c.RequireArg(0);
        CheckOptions(c);
        var path = PathResolver.Resolve(c, c.String(0));
        if (Directory.Exists(path)) throw c.Error($"cannot include \"{path}\": it is a directory");
        if (!File.Exists(path)) throw c.Error($"file not found: \"{path}\"");
        var state = c.Interpreter.State.Files;
        if (c.Flag(AllowRecursion) is null && IsRunning(c, state, path))
        {
            throw c.Error($"recursive Include of \"{path}\": the file is already running (add <<Allow Include File Recursion to let it include itself)");
        }
        var root = Parse(c, path);
        if (c.Flag(ParseOnly) is not null) return ListLiterals.FromNode(root);
        var scope = ScopeFor(c);
        state.RunningFiles.Add(new RunningFile(path));
        try
        {
            // Decision: the included file runs as a script does: a Break, Continue or Return
            // left pending at its top level ends the file, not the includer's loop or function.
            return c.Interpreter.EvalTopLevel(root, scope);
        }
        finally
        {
            state.RunningFiles.RemoveAt(state.RunningFiles.Count - 1);
        }
    }

    /// <summary>Every argument after the path must be one of the documented <c>&lt;&lt;</c> options.</summary>
    private static void CheckOptions(CallContext c)
    {
        for (var i = 1; i < c.Count; i++)
        {
            var arg = c.ArgNode(i);
            var option = arg is CallNode { Args.Count: 1 } send && ReferenceEquals(send.Head, Heads.Send) ? send.Args[0] : null;
            var symbol = option switch
            {
                NameNode n => n.Symbol,
                CallNode { Args.Count: 0 } call => call.Head,
                _ => null,
            };
            if (symbol is null || Array.IndexOf(Options, symbol) < 0)
            {
                throw c.Error($"argument value is invalid: unknown Include option {ExpressionPrinter.Print(arg)} (Include takes <<Parse Only, <<New Context, <<Names Default To Here, <<Allow Include File Recursion)");
            }
        }
    }

    /// <summary>
    /// True when <paramref name="path"/> is the top-level script or a file an <c>Include</c> is
    /// running now. Decision: "recursion" is including a file that is still running, however
    /// deep; including the same file twice in a row is not recursion.
    /// </summary>
    private static bool IsRunning(CallContext c, FileSystemState state, string path)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (PathResolver.TopLevelScript(c) is { } top && string.Equals(top, path, comparison)) return true;
        return state.RunningFiles.Exists(f => string.Equals(f.Path, path, comparison));
    }

    /// <summary>
    /// Reads and parses the file. A syntax error is a JSL error at the <c>Include</c> call whose
    /// reported position is the error's place in the included file.
    /// </summary>
    private static Node Parse(CallContext c, string path)
    {
        string text;
        try
        {
            text = ScriptText.DecodeScript(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw c.Error($"cannot read \"{path}\": {(e is IOException io ? DescriptorExhaustion.Reason(io) : e.Message)}");
        }
        var parsed = JslParser.Parse(text, path);
        if (parsed.Succeeded) return parsed.Root;
        var first = parsed.Errors[0];
        var more = parsed.Errors.Count > 1 ? $" (and {parsed.Errors.Count - 1} more)" : "";
        var error = c.Error($"syntax error in included file: {first.Message}{more}");
        error.Position = first.Position;
        throw error;
    }

    /// <summary>
    /// Where the included file runs. Decision (spec §6a.4): without options it shares the
    /// includer's scope: its namespaces, and the locals of the function that called Include
    /// (jsl-hamcrest evaluates its Include calls after its loop "to avoid name collisions with
    /// files and iFile", which only matters if the included code sees those locals). It is part
    /// of the including script, so a <c>Names Default To Here(1)</c> in it sets that script's
    /// mode, as the Scripting Guide says the function "defines a mode for a particular script".
    /// <c>&lt;&lt;New Context</c> gives it a scope of its own, without the includer's locals
    /// or Here namespace; its unscoped names go to a new Here namespace of its own when the
    /// includer's names default to Here or <c>&lt;&lt;Names Default To Here</c> is given, and to
    /// the globals otherwise (the Scripting Index: when both scripts use the global namespace,
    /// give both options). <c>&lt;&lt;Names Default To Here</c> alone keeps the includer's
    /// locals visible but sends the file's new names to a Here namespace of its own, unless the
    /// includer's names already default to its Here, which the file then shares.
    /// </summary>
    private static Scope ScopeFor(CallContext c)
    {
        var includerUsesHere = !ReferenceEquals(c.Scope.Here, c.Interpreter.Globals);
        var namesToHere = c.Flag(NamesDefaultToHere) is not null;
        if (c.Flag(NewContext) is not null)
        {
            var here = includerUsesHere || namesToHere ? new NamespaceValue("Here") : c.Interpreter.Globals;
            return Scope.ForScript(here, c.Scope.ScriptPath);
        }
        if (!namesToHere || includerUsesHere) return c.Scope;
        var block = c.Scope.NewLocalBlock();
        block.Here = new NamespaceValue("Here");
        return block;
    }

    /// <summary>
    /// <c>Include File List()</c>: the file running now first, then the file that included it,
    /// and so on out to the top-level script. Decision: the order is innermost first, as
    /// jsl-hamcrest's JUnit reporter takes item 1 as "the file path that the test came from";
    /// paths are absolute; a top-level script that is not a file (<c>-e</c>, the prompt) is
    /// <c>""</c>, as JMP gives for an unsaved script.
    /// </summary>
    private static Value IncludeFileList(CallContext c)
    {
        var state = c.Interpreter.State.Files;
        var items = new List<Value>(state.RunningFiles.Count + 1);
        for (var i = state.RunningFiles.Count - 1; i >= 0; i--) items.Add(new StringValue(PosixPath(state.RunningFiles[i].Path)));
        items.Add(new StringValue(PathResolver.TopLevelScript(c) is { } top ? PosixPath(top) : ""));
        return new ListValue(items);
    }

    private static string PosixPath(string path) => OperatingSystem.IsWindows() ? "/" + path.Replace('\\', '/') : path;
}
