using System.Text.RegularExpressions;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// The Character Pattern functions: SNOBOL-style patterns (<c>Pat Break</c>, <c>Pat Span</c>,
/// <c>Pat Arb</c>, ...) combined with <c>+</c> and <c>|</c>, and <c>Pat Match</c> to run one.
/// The <c>&gt;&gt;</c> and <c>&gt;?</c> operators are written as <c>Pat Immediate</c> and <c>Pat Conditional</c>.
/// </summary>
internal static class PatternBuiltins
{
    private const string Category = "Character Pattern";

    /// <summary>Adds the pattern functions to <paramref name="table"/>.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Pat Match", PatternMatch.Run);
        table.Add(Category, "Pat String", c => Make(c, 1, 1, () => new LiteralPattern(PatternOperands.CharacterSet(c, 0, "Pat String"))));
        table.Add(Category, "Pat Concat", c => Make(c, 1, int.MaxValue, () => PatternOperands.Sequence(Patterns(c, "Pat Concat"))));
        table.Add(Category, "Pat Altern", c => Make(c, 1, int.MaxValue, () => PatternOperands.Alternation(Patterns(c, "Pat Altern"))));
        AddCharacterSet(table, "Pat Any", CharacterSetKind.Any);
        AddCharacterSet(table, "Pat Not Any", CharacterSetKind.NotAny);
        AddCharacterSet(table, "Pat Span", CharacterSetKind.Span);
        AddCharacterSet(table, "Pat Break", CharacterSetKind.Break);
        AddCursor(table, "Pat Len", CursorKind.Len);
        AddCursor(table, "Pat R Pos", CursorKind.RPos);
        AddCursor(table, "Pat Tab", CursorKind.Tab);
        AddCursor(table, "Pat R Tab", CursorKind.RTab);
        table.Add(Category, "Pat Pos", c => Make(c, 0, 1, () => c.Count == 0
            ? new CursorPattern(CursorKind.Cursor)
            : new CursorPattern(CursorKind.Pos, PatternOperands.Count(c, 0, "Pat Pos"))));
        table.Add(Category, "Pat Rem", c => Make(c, 0, 0, () => new CursorPattern(CursorKind.Rem)));
        // Decision: the Index writes "Pat Arb( pattern )" but describes and uses Pat Arb() only; an argument is an error.
        table.Add(Category, "Pat Arb", c => Make(c, 0, 0, () => new ArbPattern()));
        table.Add(Category, "Pat Arb No", c => Make(c, 1, 1, () => new RepeatPattern(PatternOperands.Argument(c, 0, "Pat Arb No"), 0, int.MaxValue, greedy: false)));
        table.Add(Category, "Pat Repeat", Repeat);
        table.Add(Category, "Pat Succeed", c => Make(c, 0, 0, () => new ControlPattern(ControlKind.Succeed)));
        table.Add(Category, "Pat Fail", c => Make(c, 0, 0, () => new ControlPattern(ControlKind.Fail)));
        table.Add(Category, "Pat Abort", c => Make(c, 0, 0, () => new ControlPattern(ControlKind.Abort)));
        table.Add(Category, "Pat Fence", c => Make(c, 0, 0, () => new ControlPattern(ControlKind.Fence)));
        table.Add(Category, "Pat Immediate", c => Make(c, 2, 2, () => Assign(c, "Pat Immediate", immediate: true)));
        table.Add(Category, "Pat Conditional", c => Make(c, 2, 2, () => Assign(c, "Pat Conditional", immediate: false)));
        table.Add(Category, "Pat At", c => Make(c, 1, 1, () => new AtPattern(PatternOperands.Variable(c, 0, "Pat At"))));
        table.Add(Category, "Pat Test", c => Make(c, 1, 1, () => new TestPattern(c.ArgNode(0))));
        table.Add(Category, "Pat Look Ahead", c => Make(c, 1, 2, () => LookAround(c, "Pat Look Ahead", ahead: true)));
        table.Add(Category, "Pat Look Behind", c => Make(c, 1, 2, () => LookAround(c, "Pat Look Behind", ahead: false)));
        table.Add(Category, "Pat Regex", c => Make(c, 1, 1, () => Regex(c)));
    }

    private static void AddCharacterSet(BuiltinTable table, string name, CharacterSetKind kind) =>
        table.Add(Category, name, c => Make(c, 1, 1, () => new CharacterSetPattern(kind, PatternOperands.CharacterSet(c, 0, name))));

    private static void AddCursor(BuiltinTable table, string name, CursorKind kind) =>
        table.Add(Category, name, c => Make(c, 1, 1, () => new CursorPattern(kind, PatternOperands.Count(c, 0, name))));

    private static PatternValue Make(CallContext c, int min, int max, Func<Pattern> build)
    {
        c.RequireCount(min, max);
        return new PatternValue(build());
    }

    private static List<Pattern> Patterns(CallContext c, string function)
    {
        var parts = new List<Pattern>(c.Count);
        for (var i = 0; i < c.Count; i++) parts.Add(PatternOperands.Argument(c, i, function));
        return parts;
    }

    private static AssignPattern Assign(CallContext c, string function, bool immediate) =>
        new(PatternOperands.Argument(c, 0, function), PatternOperands.Variable(c, 1, function), immediate);

    private static LookAroundPattern LookAround(CallContext c, string function, bool ahead)
    {
        var inner = PatternOperands.Argument(c, 0, function);
        var negate = c.Count > 1 && !c.IsEmptyArg(1) && c.Number(1) switch
        {
            0 => false,
            1 => true,
            _ => throw c.Error($"{function}: the second argument must be 0 (matches) or 1 (does not match)"),
        };
        return new LookAroundPattern(inner, ahead, negate);
    }

    /// <summary>
    /// <c>Pat Repeat(p, &lt;min=1&gt;, &lt;max=infinity&gt;, &lt;GREEDY|RELUCTANT&gt;)</c>. Decision: a missing
    /// max (<c>.</c>) means no limit, and GREEDY or RELUCTANT may follow any of the numbers.
    /// </summary>
    private static Value Repeat(CallContext c)
    {
        c.RequireCount(1, 4);
        var inner = PatternOperands.Argument(c, 0, "Pat Repeat");
        var greedy = true;
        var numbers = new List<int>();
        for (var i = 1; i < c.Count; i++)
        {
            switch (c.ArgNode(i) is Jsl.Syntax.Tree.NameNode name ? Normalize(name.Text) : null)
            {
                case "GREEDY":
                    greedy = true;
                    continue;
                case "RELUCTANT":
                    greedy = false;
                    continue;
            }
            if (numbers.Count == 2) throw c.Error("Pat Repeat: too many arguments");
            numbers.Add(c.IsEmptyArg(i) || c.Eval(i) is NumberValue { IsMissing: true } ? -1 : PatternOperands.Count(c, i, "Pat Repeat"));
        }
        var min = numbers.Count > 0 && numbers[0] >= 0 ? numbers[0] : 1;
        var max = numbers.Count > 1 && numbers[1] >= 0 ? numbers[1] : int.MaxValue;
        if (max < min) throw c.Error($"Pat Repeat: the maximum ({max}) is less than the minimum ({min})");
        return new PatternValue(new RepeatPattern(inner, min, max, greedy));
    }

    private static RegexPattern Regex(CallContext c)
    {
        var text = PatternOperands.CharacterSet(c, 0, "Pat Regex");
        try
        {
            // Checked alone first, so errors speak of the user's text and "a)(b" cannot close the wrapper's group.
            _ = new Regex(text, RegexOptions.CultureInvariant, PatternMatch.RegexTimeout);
            // Decision: case matters, as in the rest of Pat Match; \G keeps the regex at the cursor.
            var regex = new Regex($"\\G(?:{text})", RegexOptions.CultureInvariant, PatternMatch.RegexTimeout);
            return new RegexPattern(text, regex);
        }
        catch (ArgumentException e)
        {
            throw c.Error($"Pat Regex: invalid regular expression: {e.Message}");
        }
    }

    /// <summary>An option name in upper case without spaces (JSL names ignore both).</summary>
    internal static string Normalize(string name) => name.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
