using System.Text;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>Code as data: <c>Expr</c>, <c>Eval</c>, <c>Parse</c>, <c>Eval Expr</c>, <c>Name Expr</c>, <c>Eval List</c>, <c>Eval Insert</c>, <c>Substitute</c>, <c>Head</c>, <c>Arg</c>, <c>N Arg</c>.</summary>
internal static class ExpressionBuiltins
{
    private const string Category = "Expressions";
    private static readonly Symbol ExprSymbol = Symbol.Intern("Expr");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Expr", c =>
        {
            c.RequireCount(1, 1);
            return ListLiterals.FromNode(c.ArgNode(0));
        });
        table.Add(Category, "Eval", c =>
        {
            c.RequireCount(1, 1);
            try
            {
                return EvalValue(c, c.Eval(0));
            }
            catch (Runtime.Errors.JslRuntimeError error) when (MovedOutOfParsedText(error, c.Call))
            {
                throw; // never entered: the filter moves the error and declines it
            }
        });
        table.Add(Category, "Parse", c =>
        {
            c.RequireCount(1, 1);
            return ListLiterals.FromNode(ParseText(c, c.String(0)));
        });
        table.Add(Category, "Eval Expr", c =>
        {
            c.RequireCount(1, 1);
            return ListLiterals.FromNode(ReplaceInnerExpr(c, c.ArgNode(0)));
        });
        table.Add(Category, "Name Expr", c =>
        {
            c.RequireCount(1, 1);
            if (c.ArgNode(0) is NameNode name)
            {
                // An unset name gives the name itself.
                return c.Interpreter.LookupVariable(name, c.Scope) ?? new ExpressionValue(name);
            }
            return c.Eval(0);
        });
        table.Add(Category, "Eval List", c =>
        {
            c.RequireCount(1, 1);
            return EvalList(c, c.List(0));
        });
        table.Add(Category, "Eval Insert", EvalInsert);
        table.Add(Category, "Eval Insert Into", c =>
        {
            var result = EvalInsert(c);
            Assignment.Store(c, c.ArgNode(0), result);
            return result;
        });
        table.Add(Category, "Head", c =>
        {
            c.RequireCount(1, 1);
            var node = ExpressionArg(c, 0);
            return ExpressionCalls.AsCall(node) switch
            {
                // Decision: the head of "abc"(1, 2) is the string "abc" (a string with no children is a plain string).
                { HeadIsString: true } call => new StringValue(call.HeadText),
                { } call => new ExpressionValue(call.WithArgs([])),
                null => ListLiterals.FromNode(node),
            };
        });
        table.Add(Category, "Head Name", c =>
        {
            c.RequireCount(1, 1);
            var node = ExpressionArg(c, 0);
            if (ExpressionCalls.AsCall(node) is CallNode call)
            {
                return new StringValue(call.HeadIsString ? call.HeadText : ExpressionPrinter.CanonicalName(call.Head) ?? call.HeadText);
            }
            return node is NameNode name ? new StringValue(name.Text) : EmptyValue.Instance;
        });
        table.Add(Category, "Arg", c =>
        {
            c.RequireCount(2, 2);
            var node = ExpressionArg(c, 0);
            var index = (int)c.Number(1);
            if (ExpressionCalls.AsCall(node) is not CallNode call || index < 1 || index > call.Args.Count) return EmptyValue.Instance;
            return ListLiterals.FromNode(call.Args[index - 1]);
        });
        table.Add(Category, "N Arg", c =>
        {
            c.RequireCount(1, 1);
            return NumberValue.Of(ExpressionCalls.AsCall(ExpressionArg(c, 0)) is CallNode call ? call.Args.Count : 0);
        });
        RegisterDeprecatedForms(table);
        table.Add(Category, "Substitute", Substitute);
        table.Add(Category, "Substitute Into", c =>
        {
            // The Scripting Index: Substitute Into modifies x in place and names no result: its own value is missing.
            Assignment.Store(c, c.ArgNode(0), Substitute(c));
            return NumberValue.Missing;
        });
    }

    /// <summary>
    /// <c>Head Expr</c>, <c>Head Name Expr</c>, <c>Arg Expr</c>, <c>N Arg Expr</c>: the deprecated forms
    /// the Scripting Index still lists, which take the expression as written instead of its value.
    /// </summary>
    private static void RegisterDeprecatedForms(BuiltinTable table)
    {
        table.Add(Category, "Head Expr", c =>
        {
            c.RequireCount(1, 1);
            return ExpressionCalls.AsCall(c.ArgNode(0)) is CallNode call ? new ExpressionValue(ExpressionCalls.WithArgs(call, [])) : ListLiterals.FromNode(c.ArgNode(0));
        });
        table.Add(Category, "Head Name Expr", c =>
        {
            c.RequireCount(1, 1);
            return c.ArgNode(0) switch
            {
                CallNode call => new StringValue(ExpressionPrinter.CanonicalName(call.Head) ?? call.HeadText),
                NameNode name => new StringValue(name.Text),
                _ => EmptyValue.Instance,
            };
        });
        table.Add(Category, "Arg Expr", c =>
        {
            c.RequireCount(2, 2);
            var index = c.Number(1);
            // Written as "not inside" so that a missing index (NaN, which fails every comparison) is outside too.
            if (c.ArgNode(0) is not CallNode call || !(index >= 1 && index <= call.Args.Count)) return EmptyValue.Instance;
            return ListLiterals.FromNode(call.Args[(int)index - 1]);
        });
        table.Add(Category, "N Arg Expr", c =>
        {
            c.RequireCount(1, 1);
            return NumberValue.Of(c.ArgNode(0) is CallNode call ? call.Args.Count : 0);
        });
    }

    /// <summary>Evaluates a value that holds code: an expression runs; anything else is itself.</summary>
    internal static Value EvalValue(CallContext c, Value value) => value switch
    {
        ExpressionValue e => c.Eval(e.Node),
        ListValue l => EvalList(c, l),
        _ => value,
    };

    internal static ListValue EvalList(CallContext c, ListValue list)
    {
        var items = new List<Value>(list.Count);
        foreach (var item in list.Items) items.Add(EvalValue(c, item));
        return new ListValue(items);
    }

    /// <summary>
    /// The expression an argument stands for: a name that holds an expression gives that
    /// expression (so <c>Head(e)</c> looks at what <c>e</c> holds); otherwise its value as a node.
    /// </summary>
    private static Node ExpressionArg(CallContext c, int index)
    {
        var arg = c.ArgNode(index);
        if (arg is CallNode call && ReferenceEquals(call.Head, ExprSymbol) && call.Args.Count == 1) return call.Args[0];
        return ListLiterals.ToNode(c.EvalKeepingHeldExpression(index), arg.Position);
    }

    /// <summary>The file name the nodes of text parsed at run time (<c>Parse</c>, <c>Eval Insert</c>) carry.</summary>
    private const string ParsedTextFile = "Parse";

    /// <summary>
    /// Decision: an error raised in text parsed at run time (<c>Eval( Parse( "x + nope" ) )</c>, an
    /// <c>Eval Insert</c> expression) is reported at the <c>Eval</c> or <c>Eval Insert</c> call that ran
    /// it, with its message and expression text: a line and column in the parsed text ("Parse:1:5")
    /// name no place in the script.
    /// </summary>
    /// <remarks>An exception filter that always declines, so that no level catches and throws again.</remarks>
    private static bool MovedOutOfParsedText(Runtime.Errors.JslRuntimeError error, Node call)
    {
        if (error.Position.File == ParsedTextFile) error.ReportAt(call);
        return false;
    }

    internal static Node ParseText(CallContext c, string text)
    {
        var result = JslParser.Parse(text, ParsedTextFile);
        if (!result.Succeeded) throw c.Error($"Parse error: {result.Errors[0].Message} (line {result.Errors[0].Position.Line}, column {result.Errors[0].Position.Column})");
        return result.Root;
    }

    /// <summary>Copies a tree, replacing every <c>Expr(x)</c> inside it by the value of x.</summary>
    private static Node ReplaceInnerExpr(CallContext c, Node node)
    {
        Runtime.Errors.DepthGuard.Enter(node);
        if (node is not CallNode call) return node;
        if (ReferenceEquals(call.Head, ExprSymbol) && call.Args.Count == 1 && call.Qualifier is null)
        {
            return ListLiterals.ToNode(c.Eval(call.Args[0]), call.Position);
        }
        var changed = false;
        var args = new Node[call.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = ReplaceInnerExpr(c, call.Args[i]);
            changed |= !ReferenceEquals(args[i], call.Args[i]);
        }
        return changed ? call.WithArgs(args) : call;
    }

    /// <summary><c>Eval Insert("a ^x^ b", &lt;start&gt;, &lt;end&gt;)</c>: each ^...^ is evaluated and its text inserted.</summary>
    private static Value EvalInsert(CallContext c)
    {
        // Decision: <<Use Locale( 1 ), which older Scripting Index pages list, is accepted and changes
        // nothing (jsl writes numbers without locale, as Num and Char do).
        var args = Strings.StringArguments.Positional(c);
        if (args.Count is < 1 or > 3) throw BuiltinSignature.CountError(1, 3, args.Count, c.Call);
        var text = c.String(args[0]);
        var start = args.Count > 1 ? c.String(args[1], "^") : "^";
        var end = args.Count > 2 ? c.String(args[2]) : start;
        if (start.Length == 0 || end.Length == 0) throw c.Error("delimiters must not be empty");
        var sb = new StringBuilder();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf(start, at, StringComparison.Ordinal);
            if (open < 0) break;
            var close = text.IndexOf(end, open + start.Length, StringComparison.Ordinal);
            if (close < 0) break;
            sb.Append(text, at, open - at);
            var code = text[(open + start.Length)..close];
            var value = code.Length == 0 ? (Value)new StringValue(start) : EvalInserted(c, code);
            sb.Append(ValueFormatter.ToText(value));
            at = close + end.Length;
        }
        sb.Append(text, at, text.Length - at);
        return new StringValue(sb.ToString());
    }

    private static Value EvalInserted(CallContext c, string code)
    {
        try
        {
            return c.Eval(ParseText(c, code));
        }
        catch (Runtime.Errors.JslRuntimeError error) when (MovedOutOfParsedText(error, c.Call))
        {
            throw; // never entered: the filter moves the error and declines it
        }
    }

    /// <summary>The length <paramref name="text"/> would have with every <paramref name="find"/> replaced (checked against the limit before replacing).</summary>
    private static long ReplacedLength(string text, string find, string replace, StringComparison comparison)
    {
        long length = text.Length;
        for (var at = text.IndexOf(find, comparison); at >= 0; at = text.IndexOf(find, at + find.Length, comparison))
        {
            length += replace.Length - find.Length;
        }
        return length;
    }

    /// <summary><c>Substitute(x, find1, repl1, ...)</c> on strings (text), lists (items) and expressions (sub-trees).</summary>
    private static Value Substitute(CallContext c)
    {
        c.RequireCount(3);
        var ignoreCase = c.Flag("IGNORECASE") is not null;
        var positional = Enumerable.Range(0, c.Count).Where(i => !c.IsOptionArg(i)).ToList();
        var subject = c.EvalKeepingHeldExpression(positional[0]);
        if (subject is StringValue text)
        {
            var result = text.Value;
            for (var k = 1; k + 1 < positional.Count; k += 2)
            {
                var finds = c.Eval(positional[k]);
                var replaces = c.Eval(positional[k + 1]);
                // Substitute(s, {"a", "b"}, {"x", "y"}) pairs the lists item by item.
                var pairs = (finds, replaces) switch
                {
                    (StringValue f, StringValue r) => [(f.Value, r.Value)],
                    (ListValue fl, ListValue rl) when fl.Count == rl.Count => fl.Items.Zip(rl.Items).Select(p =>
                        (p.First is StringValue f ? f.Value : throw c.Error("Substitute: patterns must be strings"),
                         p.Second is StringValue r ? r.Value : throw c.Error("Substitute: replacements must be strings"))).ToList(),
                    (ListValue fl, StringValue r) => fl.Items.Select(p => (p is StringValue f ? f.Value : throw c.Error("Substitute: patterns must be strings"), r.Value)).ToList(),
                    _ => throw c.Error("Substitute: patterns and replacements must be strings, or lists of strings of the same length"),
                };
                var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                foreach (var (find, replace) in pairs)
                {
                    if (find.Length == 0) continue;
                    if (replace.Length > find.Length) c.Limits.CheckString(ReplacedLength(result, find, replace, comparison), c.Call);
                    result = result.Replace(find, replace, comparison);
                }
            }
            return new StringValue(result);
        }
        var node = subject switch
        {
            ExpressionValue e => e.Node,
            _ => ListLiterals.ToNode(subject, c.Call.Position),
        };
        for (var k = 1; k + 1 < positional.Count; k += 2)
        {
            var find = ListLiterals.ToNode(c.Eval(positional[k]), c.Call.Position);
            var replace = ListLiterals.ToNode(c.Eval(positional[k + 1]), c.Call.Position);
            node = ReplaceTree(node, find, replace);
        }
        return ListLiterals.FromNode(node);
    }

    private static Node ReplaceTree(Node node, Node find, Node replace)
    {
        if (SameTree(node, find)) return replace;
        if (node is not CallNode call) return node;
        var changed = false;
        var args = new Node[call.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = ReplaceTree(call.Args[i], find, replace);
            changed |= !ReferenceEquals(args[i], call.Args[i]);
        }
        if (find is NameNode findName && replace is NameNode replaceName && !call.HeadIsString && ReferenceEquals(call.Head, findName.Symbol))
        {
            return new CallNode(call.Position, replaceName.Symbol, replaceName.Text, args, call.Qualifier);
        }
        return changed ? call.WithArgs(args) : call;
    }

    internal static bool SameTree(Node a, Node b) => (a, b) switch
    {
        (NameNode x, NameNode y) => ReferenceEquals(x.Symbol, y.Symbol) && x.Scope == y.Scope,
        (NumberNode x, NumberNode y) => x.Value.Equals(y.Value),
        (StringNode x, StringNode y) => x.Value == y.Value,
        (CallNode x, CallNode y) => ExpressionPrinter.Print(x) == ExpressionPrinter.Print(y),
        _ => false,
    };
}
