using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Programs;

/// <summary>
/// The arguments of <c>Run Program( Executable(...), &lt;Options(...)&gt;, &lt;Parameter(...)&gt;,
/// &lt;Read Function(...)&gt;, &lt;Write Function(...)&gt; )</c>, each a named call, in any order.
/// </summary>
internal sealed class RunProgramArguments
{
    private static readonly Symbol ExecutableName = Symbol.Intern("Executable");
    private static readonly Symbol OptionsName = Symbol.Intern("Options");
    private static readonly Symbol ParameterName = Symbol.Intern("Parameter");
    private static readonly Symbol ReadFunctionName = Symbol.Intern("Read Function");
    private static readonly Symbol WriteFunctionName = Symbol.Intern("Write Function");

    /// <summary>The program to run, as named.</summary>
    public string Executable { get; private set; } = "";

    /// <summary>Its arguments.</summary>
    public List<string> Options { get; } = [];

    /// <summary>The value passed to the callbacks after the RP object; Empty() when none.</summary>
    public Value Parameter { get; private set; } = EmptyValue.Instance;

    /// <summary>The read function, when one was given as a function.</summary>
    public FunctionValue? ReadFunction { get; private set; }

    /// <summary><c>"text"</c> or <c>"blob"</c> when Read Function named one of them (the blocking form), else null.</summary>
    public string? CollectAs { get; private set; }

    /// <summary>The write function, if any.</summary>
    public FunctionValue? WriteFunction { get; private set; }

    /// <summary>Reads the call's arguments; a wrong one is a JSL error at the call.</summary>
    public static RunProgramArguments Read(CallContext c)
    {
        var parsed = new RunProgramArguments();
        var seenExecutable = false;
        for (var i = 0; i < c.Count; i++)
        {
            // Decision: an empty argument is skipped, as JMP runs scripts that write
            // Run Program( , Executable( "python" ), Options( ... ) ) with a stray leading comma.
            if (c.IsEmptyArg(i)) continue;
            var node = c.Call.Args[i];
            if (node is not CallNode { Qualifier: null, Args.Count: 1 } option)
            {
                throw c.Error($"Run Program: unknown argument {Runtime.Formatting.ExpressionPrinter.Print(node)} (it takes Executable(...), Options(...), parameter(...), Read Function(...) and Write Function(...))");
            }
            var value = c.Eval(option.Args[0]);
            var head = option.Head;
            if (ReferenceEquals(head, ExecutableName))
            {
                parsed.Executable = value is StringValue { Value.Length: > 0 } path ? path.Value : throw c.Error($"Run Program: Executable needs the program's path or name, not {Describe(value)}");
                seenExecutable = true;
            }
            else if (ReferenceEquals(head, OptionsName)) parsed.Options.AddRange(OptionWords(c, value));
            else if (ReferenceEquals(head, ParameterName)) parsed.Parameter = value;
            else if (ReferenceEquals(head, ReadFunctionName)) parsed.SetReadFunction(c, value);
            else if (ReferenceEquals(head, WriteFunctionName)) parsed.WriteFunction = value as FunctionValue ?? throw c.Error($"Run Program: Write Function needs a function, not {Describe(value)}");
            else throw c.Error($"Run Program: unknown argument {Runtime.Formatting.ExpressionPrinter.Print(node)} (it takes Executable(...), Options(...), parameter(...), Read Function(...) and Write Function(...))");
        }
        return seenExecutable ? parsed : throw c.Error("Run Program needs Executable( \"program\" )");
    }

    private void SetReadFunction(CallContext c, Value value)
    {
        switch (value)
        {
            case FunctionValue function:
                ReadFunction = function;
                break;
            case StringValue s when s.Value.Trim().ToLowerInvariant() is "text" or "blob":
                CollectAs = s.Value.Trim().ToLowerInvariant();
                break;
            default:
                throw c.Error($"Run Program: Read Function needs a function, \"text\" or \"blob\", not {Describe(value)}");
        }
    }

    /// <summary>
    /// Decision: each string of an <c>Options({...})</c> list is one argument, as the program receives
    /// it (no shell splits it), so <c>{"-c", "exit 3"}</c> works as written; a single
    /// <c>Options("...")</c> string is split at spaces as a command line, double quotes grouping.
    /// The Index's Windows examples write <c>{"-n 5", "localhost"}</c>, which Windows joins into one
    /// command line; here that is written <c>{"-n", "5", "localhost"}</c> or <c>"-n 5 localhost"</c>.
    /// </summary>
    private static List<string> OptionWords(CallContext c, Value value) => value switch
    {
        StringValue line => CommandLineWords.Split(line.Value),
        ListValue list => [.. list.Items.Select(item => item switch
        {
            StringValue s => s.Value,
            NumberValue => Runtime.Formatting.ValueFormatter.ToPrintText(item),
            _ => throw c.Error($"Run Program: Options must be strings, not {Describe(item)}"),
        })],
        _ => throw c.Error($"Run Program: Options needs a list of strings, not {Describe(value)}"),
    };

    private static string Describe(Value value) => value is EmptyValue ? "Empty()" : $"a {value.TypeName}";
}
