using System.Globalization;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// What may stand for a pattern, and the pattern operators: <c>+</c> builds a sequence and <c>|</c>
/// an alternation as soon as a pattern is involved. A string stands for itself (a literal), and an
/// <c>Expr(...)</c> for its value at match time.
/// </summary>
internal static class PatternOperands
{
    /// <summary>The pattern a value stands for, or null when it stands for none.</summary>
    public static Pattern? From(Value value) => value switch
    {
        PatternValue p => p.Pattern,
        StringValue s => new LiteralPattern(s.Value),
        ExpressionValue e => new DeferredPattern(e.Node),
        _ => null,
    };

    /// <summary>
    /// <c>left + right</c> when it builds a pattern: one side is a pattern, or a string meets an
    /// <c>Expr(...)</c> (as in the Scripting Guide's <c>"&lt;" + Expr(p) + "&gt;"</c>); otherwise null,
    /// and the addition is arithmetic. Decision: <c>"a" + "b"</c> alone stays an arithmetic error.
    /// </summary>
    public static Value? TrySequence(Value left, Value right)
    {
        var involvesPattern = left is PatternValue || right is PatternValue
            || (left is StringValue && right is ExpressionValue) || (left is ExpressionValue && right is StringValue);
        if (!involvesPattern || From(left) is not { } first || From(right) is not { } second) return null;
        return new PatternValue(Sequence([first, second]));
    }

    /// <summary>
    /// <c>first | rest...</c> when <paramref name="first"/> (already evaluated) is not a number: an
    /// alternation when every operand stands for a pattern (<c>"red" | "green"</c> is one), else null.
    /// </summary>
    public static Value? TryAlternation(CallContext c, Value first)
    {
        if (From(first) is not { } pattern) return null;
        var alternatives = new List<Pattern> { pattern };
        for (var i = 1; i < c.Count; i++)
        {
            if (From(c.Eval(i)) is not { } next) return null;
            alternatives.Add(next);
        }
        return c.Count < 2 ? null : new PatternValue(Alternation(alternatives));
    }

    /// <summary>A sequence of the parts, with nested sequences spliced in.</summary>
    public static Pattern Sequence(IEnumerable<Pattern> parts)
    {
        var flat = new List<Pattern>();
        foreach (var part in parts)
        {
            if (part is SequencePattern s) flat.AddRange(s.Parts);
            else flat.Add(part);
        }
        return flat.Count == 1 ? flat[0] : new SequencePattern(flat);
    }

    /// <summary>An alternation of the choices, with nested alternations spliced in.</summary>
    public static Pattern Alternation(IEnumerable<Pattern> choices)
    {
        var flat = new List<Pattern>();
        foreach (var choice in choices)
        {
            if (choice is AlternationPattern a) flat.AddRange(a.Alternatives);
            else flat.Add(choice);
        }
        return flat.Count == 1 ? flat[0] : new AlternationPattern(flat);
    }

    /// <summary>
    /// A pattern argument of a <c>Pat</c> function. Written <c>a + b</c> or <c>a | b</c> right in the
    /// call, each operand counts on its own, so <c>Pat Look Behind(Expr(x) + Expr(x))</c> works
    /// although adding two expressions is no pattern by itself.
    /// </summary>
    public static Pattern Argument(CallContext c, int index, string function)
    {
        c.RequireArg(index);
        return Compile(c, c.ArgNode(index), function);
    }

    private static Pattern Compile(CallContext c, Node node, string function)
    {
        if (node is CallNode { Qualifier: null, Args.Count: >= 2 } call)
        {
            if (ReferenceEquals(call.Head, Heads.Add)) return Sequence(call.Args.Select(arg => Compile(c, arg, function)).ToList());
            if (ReferenceEquals(call.Head, Heads.Or)) return Alternation(call.Args.Select(arg => Compile(c, arg, function)).ToList());
        }
        var value = c.Eval(node);
        return From(value) ?? throw c.Error($"{function}: expected a pattern or a string, not a {value.TypeName}");
    }

    /// <summary>
    /// A count or position argument: a non-negative whole number. A string holding a number is
    /// accepted (the Scripting Index's <c>Pat Len(v)</c> uses text captured by <c>&gt;&gt;</c>).
    /// </summary>
    public static int Count(CallContext c, int index, string function)
    {
        c.RequireArg(index);
        var value = c.Eval(index);
        var number = value switch
        {
            NumberValue n => n.Value,
            StringValue s when double.TryParse(s.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw c.Error($"{function}: expected a number, not a {value.TypeName}"),
        };
        if (double.IsNaN(number) || number < 0 || number > int.MaxValue)
        {
            throw c.Error($"{function}: expected a non-negative number, not {Jsl.Runtime.Formatting.ValueFormatter.ToText(value)}");
        }
        return (int)Math.Floor(number);
    }

    /// <summary>A set-of-characters argument (<c>Pat Any</c>, <c>Pat Span</c>, ...): a string.</summary>
    public static string CharacterSet(CallContext c, int index, string function)
    {
        c.RequireArg(index);
        var value = c.Eval(index);
        return value is StringValue s ? s.Value : throw c.Error($"{function}: expected a string of characters, not a {value.TypeName}");
    }

    /// <summary>A variable argument (<c>Pat Immediate(p, var)</c>): a name or a subscripted name, not evaluated.</summary>
    public static Node Variable(CallContext c, int index, string function)
    {
        c.RequireArg(index);
        var node = c.ArgNode(index);
        return IsAssignable(node) ? node : throw c.Error($"{function}: argument {index + 1} must be a variable");
    }

    /// <summary>Whether a node can be assigned to: a name or a subscript of one.</summary>
    public static bool IsAssignable(Node node) =>
        node is NameNode || (node is CallNode call && ReferenceEquals(call.Head, Heads.Subscript) && call.Args.Count >= 2);
}
