using System.CommandLine;

namespace Jsl.Cli;

/// <summary>
/// Parses the command line (<see cref="CommandSyntax"/>) and dispatches: run a file, standard
/// input or <c>-e</c> text, <c>check</c>, <c>--functions</c>, <c>--unavailable</c>, the interactive loop.
/// </summary>
internal static class CommandLine
{
    private const string Usage = "usage: jsl [OPTIONS] FILE [ARGS...] | jsl -e TEXT [ARGS...] | jsl - | jsl check PATH... (see jsl --help)";

    /// <summary>What <c>jsl</c> calls a script read from standard input in its error lines.</summary>
    private const string StandardInputName = "-";

    public static int Run(string[] args)
    {
        var syntax = new CommandSyntax();
        var split = syntax.SplitAtScript(args, out var unknown);
        if (split is null) return UsageError($"unknown option '{unknown}'");

        syntax.Check.SetAction(result => CheckCommand.Run(result.GetValue(syntax.CheckPaths) ?? []));
        syntax.Root.SetAction(result => Dispatch(syntax, result));

        var parsed = syntax.Root.Parse(split);
        // --help answers even where the rest of the line is incomplete (jsl check --help).
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithStatuses) return UsageError(string.Join("; ", parsed.Errors.Select(e => e.Message)));
        return parsed.Invoke();
    }

    private static int Dispatch(CommandSyntax syntax, ParseResult result)
    {
        if (result.GetValue(syntax.Functions)) return WritePage(Engine.BuiltinFunctionsMarkdown());
        if (result.GetValue(syntax.Unavailable)) return WritePage(Engine.UnavailableFunctionsMarkdown());
        var trace = new RunSettings(
            result.GetValue(syntax.Trace),
            result.GetValue(syntax.Limits) ?? [],
            result.GetValue(syntax.AllowNet) ?? [],
            result.GetValue(syntax.DenyNet) ?? [],
            result.GetValue(syntax.Timeout));
        var text = result.GetValue(syntax.Eval);
        var file = result.GetValue(syntax.File);
        var rest = result.GetValue(syntax.ScriptArgs) ?? [];
        if (text is not null)
        {
            // Decision: with -e every word after the options goes to the script (as python3 -c does).
            string[] arguments = file is null ? rest : [file, .. rest];
            return ScriptRunner.Run(engine => engine.EvaluateValue(text, "-e"), arguments, printValue: true, trace);
        }
        if (file == StandardInputName) return RunStandardInput(rest, trace);
        if (file is not null) return ScriptRunner.Run(engine => engine.RunFileValue(file), rest, printValue: false, trace);
        if (result.GetValue(syntax.Repl) || !Console.IsInputRedirected)
        {
            return Repl.Run(trace);
        }
        // Standard input is a pipe or a file and no script was named: run it, as python3 and node do.
        return RunStandardInput([], trace);
    }

    /// <summary>Runs the script read from standard input (decoded as a script file is); relative paths resolve against the current directory.</summary>
    private static int RunStandardInput(string[] arguments, RunSettings trace)
    {
        using var input = Console.OpenStandardInput();
        using var bytes = new MemoryStream();
        input.CopyTo(bytes);
        var text = Syntax.ScriptText.DecodeScript(bytes.ToArray());
        return ScriptRunner.Run(engine => engine.EvaluateValue(text, StandardInputName), arguments, printValue: false, trace);
    }

    private static int UsageError(string message)
    {
        Console.Error.WriteLine($"jsl: {message}");
        Console.Error.WriteLine(Usage);
        return ExitStatus.UsageError;
    }

    private static int WritePage(string markdown)
    {
        Console.Write(markdown);
        return ExitStatus.Success;
    }
}
