using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Strings;

/// <summary>
/// Argument helpers shared by the string built-ins: telling positional arguments from named
/// options (<c>Unmatched("x")</c>, <c>Base(2)</c>, <c>&lt;&lt;Restrict</c>) and bare-name flags
/// (<c>IGNORECASE</c>), and reading whole-number positions and counts.
/// </summary>
internal static class StringArguments
{
    /// <summary>
    /// Indices of the arguments that are plain values: not <c>&lt;&lt;Flag</c> sends, not calls to one
    /// of <paramref name="options"/>, not bare names among <paramref name="flags"/>.
    /// </summary>
    public static List<int> Positional(CallContext c, string[]? options = null, string[]? flags = null)
    {
        var result = new List<int>(c.Count);
        for (var i = 0; i < c.Count; i++)
        {
            if (c.IsOptionArg(i)) continue;
            var node = c.ArgNode(i);
            if (options is not null && node is CallNode call && call.Qualifier is null && Matches(call.Head, options)) continue;
            if (flags is not null && IsFlagNode(node, flags)) continue;
            result.Add(i);
        }
        return result;
    }

    /// <summary>
    /// True when <paramref name="flag"/> was written as a bare name (<c>IGNORECASE</c>), as a
    /// <c>&lt;&lt;IGNORECASE</c> option, or as a call <c>IGNORECASE(1)</c> whose argument is true.
    /// </summary>
    public static bool HasFlag(CallContext c, string flag)
    {
        if (c.Flag(flag) is { } sent) return sent is not CallNode { Args.Count: > 0 } call || CallContext.IsTrue(c.Eval(call.Args[0]));
        var symbol = Symbol.Intern(flag);
        for (var i = 0; i < c.Count; i++)
        {
            switch (c.ArgNode(i))
            {
                case NameNode { Scope: NameScope.Unqualified } name when ReferenceEquals(name.Symbol, symbol):
                    return true;
                case CallNode call when call.Qualifier is null && ReferenceEquals(call.Head, symbol):
                    return call.Args.Count == 0 || CallContext.IsTrue(c.Eval(call.Args[0]));
            }
        }
        return false;
    }

    /// <summary>Evaluates the single argument of a named option call such as <c>Unmatched("x")</c>; null when the option is absent.</summary>
    public static Value? OptionValue(CallContext c, string option)
    {
        var call = c.Option(option);
        if (call is null) return null;
        if (call.Args.Count != 1) throw c.Error($"{option}() needs one argument");
        return c.Eval(call.Args[0]);
    }

    /// <summary>A whole number from a numeric argument value: truncated toward zero; missing is an error.</summary>
    public static long WholeNumber(CallContext c, Value value, string what)
    {
        if (value is not NumberValue n) throw c.Error($"{what} must be a number");
        if (n.IsMissing) throw c.Error($"{what} is missing");
        var v = Math.Truncate(n.Value);
        if (v > int.MaxValue) return int.MaxValue;
        if (v < int.MinValue) return int.MinValue;
        return (long)v;
    }

    /// <summary>Evaluates argument <paramref name="index"/> as a whole number (see <see cref="WholeNumber"/>).</summary>
    public static long WholeNumberArg(CallContext c, int index, string what)
    {
        c.RequireArg(index);
        return WholeNumber(c, c.Eval(index), what);
    }

    /// <summary>Evaluates argument <paramref name="index"/>, which must be a string.</summary>
    public static string StringArg(CallContext c, int index, string what)
    {
        c.RequireArg(index);
        return c.Eval(index) is StringValue s ? s.Value : throw c.Error($"{what} must be a string");
    }

    private static bool IsFlagNode(Node node, string[] flags) =>
        node is NameNode { Scope: NameScope.Unqualified } name && Matches(name.Symbol, flags);

    private static bool Matches(Symbol symbol, string[] names)
    {
        foreach (var name in names)
        {
            if (ReferenceEquals(symbol, Symbol.Intern(name))) return true;
        }
        return false;
    }
}
