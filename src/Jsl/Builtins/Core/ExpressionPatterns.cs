using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// Expression patterns (Scripting Index, Programming): <c>Extract Expr(expr, pattern)</c> finds the
/// first part of an expression that matches a pattern, in which <c>Wild()</c> matches any one
/// expression and <c>Wild List()</c> any run of arguments (none included).
/// </summary>
/// <remarks>
/// Decision: the search goes depth first, the whole expression before its parts and arguments left
/// to right; with no match the result is Empty(). The pattern is not evaluated (it is written as
/// the expression it matches). The Index's example, <c>Extract Expr( a + b * c, Wild() * Wild() )</c>
/// giving <c>b * c</c> with a, b and c undefined, takes an expression written in place as it is
/// written; a name gives its value (an expression it holds as held, as <c>Substitute</c> reads it),
/// <c>Expr( ... )</c> its argument, and the functions that make expressions (<c>Name Expr</c>,
/// <c>Eval Expr</c>, <c>Parse</c>, <c>Substitute</c>) their result.
/// </remarks>
internal static class ExpressionPatterns
{
    private const string Category = "Expressions";
    private static readonly Symbol Wild = Symbol.Intern("Wild");
    private static readonly Symbol WildList = Symbol.Intern("Wild List");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Extract Expr", c =>
        {
            c.RequireCount(2, 2);
            var tree = Subject(c);
            var pattern = Unquoted(c.ArgNode(1)) ?? c.ArgNode(1);
            return Find(tree, pattern) is { } found ? ListLiterals.FromNode(found) : EmptyValue.Instance;
        });
        table.Add(Category, "Wild", c => throw c.Error("Wild() only has a meaning inside an expression pattern, such as Extract Expr's"));
        table.Add(Category, "Wild List", c => throw c.Error("Wild List() only has a meaning inside an expression pattern, such as Extract Expr's"));
    }

    private static readonly Symbol ExprHead = Symbol.Intern("Expr");

    /// <summary>The argument of <c>Expr( x )</c> written as <paramref name="node"/>, else null: both arguments are read through it.</summary>
    private static Node? Unquoted(Node node) =>
        node is CallNode { Args.Count: 1 } quoted && ReferenceEquals(quoted.Head, ExprHead) ? quoted.Args[0] : null;

    private static readonly Symbol[] MakesExpression =
        [Symbol.Intern("Name Expr"), Symbol.Intern("Eval Expr"), Symbol.Intern("Parse"), Symbol.Intern("Substitute")];

    /// <summary>The expression searched: see the remarks for what is evaluated and what is taken as written.</summary>
    private static Node Subject(CallContext c)
    {
        var written = c.ArgNode(0);
        if (written is CallNode { HeadIsString: false } call)
        {
            if (Unquoted(call) is { } quoted) return quoted;
            if (Array.IndexOf(MakesExpression, call.Head) < 0) return written;
        }
        var subject = c.EvalKeepingHeldExpression(0);
        return subject is ExpressionValue e ? e.Node : ListLiterals.ToNode(subject, c.Call.Position);
    }

    private static Node? Find(Node node, Node pattern)
    {
        Runtime.Errors.DepthGuard.EnterValue();
        if (Matches(node, pattern)) return node;
        if (node is not CallNode call) return null;
        foreach (var arg in call.Args)
        {
            if (Find(arg, pattern) is { } found) return found;
        }
        return null;
    }

    private static bool IsWild(Node pattern, Symbol which) => pattern is CallNode { Args.Count: 0, HeadIsString: false } call && ReferenceEquals(call.Head, which);

    private static bool Matches(Node node, Node pattern)
    {
        if (IsWild(pattern, Wild)) return true;
        if (pattern is CallNode p && node is CallNode n)
        {
            return ReferenceEquals(p.Head, n.Head) && p.HeadIsString == n.HeadIsString && ArgumentsMatch(n.Args, 0, p.Args, 0);
        }
        return ExpressionBuiltins.SameTree(node, pattern);
    }

    /// <summary>Arguments from <paramref name="ni"/> against pattern arguments from <paramref name="pi"/>; Wild List() takes as many as lets the rest match.</summary>
    private static bool ArgumentsMatch(IReadOnlyList<Node> args, int ni, IReadOnlyList<Node> patterns, int pi)
    {
        if (pi == patterns.Count) return ni == args.Count;
        if (IsWild(patterns[pi], WildList))
        {
            for (var take = 0; ni + take <= args.Count; take++)
            {
                if (ArgumentsMatch(args, ni + take, patterns, pi + 1)) return true;
            }
            return false;
        }
        return ni < args.Count && Matches(args[ni], patterns[pi]) && ArgumentsMatch(args, ni + 1, patterns, pi + 1);
    }
}
