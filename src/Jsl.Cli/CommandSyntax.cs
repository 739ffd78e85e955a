using System.CommandLine;
using System.CommandLine.Help;

namespace Jsl.Cli;

/// <summary>
/// Every option, argument and subcommand of <c>jsl</c>, declared in this one place, and the
/// convention that splits a command line at the script: <c>jsl [OPTIONS] FILE [ARGS...]</c>.
/// A new option is added here (to <see cref="Root"/>'s list) and nowhere else: the split reads
/// the options' own arities to know which of them take a value.
/// </summary>
internal sealed class CommandSyntax
{
    public Argument<string?> File { get; } = new("FILE") { Description = "The script to run (- for standard input).", Arity = ArgumentArity.ZeroOrOne };
    public Argument<string[]> ScriptArgs { get; } = new("ARGS") { Description = "Given to the script, which reads them with Script Arguments().", Arity = ArgumentArity.ZeroOrMore };
    public Option<string?> Eval { get; } = new("-e", "--eval") { Description = "Run TEXT and print the value of its last expression.", HelpName = "TEXT" };
    public Option<bool> Trace { get; } = new("--trace") { Description = "Log every socket message and callback on stderr." };
    public Option<bool> Functions { get; } = new("--functions") { Description = "List the built-in functions (Markdown) and exit." };
    public Option<bool> Unavailable { get; } = new("--unavailable") { Description = "List the known JMP functions that jsl does not provide (Markdown) and exit." };
    public Option<string[]> Limits { get; } = new("--limit")
    {
        Description = $"Set a resource limit, NAME=N ({LimitOption.Names}); repeatable. Defaults: string=268435456, list=50000000, matrix=100000000.",
        HelpName = "NAME=N",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
    public Option<string[]> AllowNet { get; } = new("--allow-net")
    {
        Description = "Let sockets use only these addresses: RULE is HOST, HOST:PORT, an IP, [IPV6]:PORT or a CIDR range (10.0.0.0/8); comma lists; repeatable. Default: every address.",
        HelpName = "RULE,...",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
    public Option<string[]> DenyNet { get; } = new("--deny-net")
    {
        Description = "Refuse these addresses to sockets (rules as --allow-net); deny wins over allow; repeatable.",
        HelpName = "RULE,...",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
    public Option<string?> Timeout { get; } = new("--timeout")
    {
        Description = "Stop the whole run after SECONDS (fractions allowed): every socket closed, exit status 124.",
        HelpName = "SECONDS",
    };
    public Option<bool> Repl { get; } = new("--repl") { Description = "Read JSL from standard input interactively (the default when jsl is started with no script on a terminal)." };
    public Argument<string[]> CheckPaths { get; } = new("PATH") { Description = "Scripts, or folders whose .jsl files (all below them) are checked.", Arity = ArgumentArity.OneOrMore };
    public Command Check { get; }
    public RootCommand Root { get; }

    public CommandSyntax()
    {
        Check = new Command("check", "Parse scripts without running them and list every syntax error.") { CheckPaths };
        Root = new RootCommand("jsl: run JMP Scripting Language (JSL) scripts outside JMP.") { File, ScriptArgs, Eval, Trace, Functions, Unavailable, Limits, AllowNet, DenyNet, Timeout, Repl };
        Root.Subcommands.Add(Check);
        var help = Root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithStatuses((HelpAction)help.Action!);
    }

    /// <summary>
    /// Rewrites <paramref name="args"/> so that everything from the script on is an argument,
    /// never an option: <c>jsl --trace a.jsl -x</c> gives the script <c>-x</c>. A <c>--</c> marks
    /// the end of the options (System.CommandLine reads what follows as arguments); a lone
    /// <c>-</c> is the script read from standard input. A subcommand counts only as the first word.
    /// Returns null, with the unknown option in <paramref name="unknown"/>, when an option before
    /// the script is not one of ours.
    /// </summary>
    public string[]? SplitAtScript(string[] args, out string? unknown)
    {
        unknown = null;
        for (var i = 0; i < args.Length; i++)
        {
            var word = args[i];
            if (word == "--") return args;
            if (word.Length > 1 && word[0] == '-')
            {
                var option = FindOption(word.Split('=', 2)[0]);
                if (option is null)
                {
                    unknown = word;
                    return null;
                }
                if (option.Arity.MaximumNumberOfValues > 0 && !word.Contains('=') && option.ValueType != typeof(bool)) i++;
                continue;
            }
            if (i == 0 && Root.Subcommands.Any(c => c.Name == word)) return args;
            return [.. args[..i], "--", .. args[i..]];
        }
        return args;
    }

    private Option? FindOption(string name) => Root.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
}
