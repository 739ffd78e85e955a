using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// <c>As Global(name)</c> and <c>As Scoped(scope, name)</c>: the function forms of <c>::name</c> and
/// <c>scope:name</c>, read as values and written as assignment targets (<c>As Scoped("ns", x) = 5</c>).
/// </summary>
internal static class ScopedNames
{
    private const string Category = "Namespaces";

    /// <summary>The <c>As Global</c> head.</summary>
    public static readonly Symbol AsGlobal = Symbol.Intern("As Global");

    /// <summary>The <c>As Scoped</c> head.</summary>
    public static readonly Symbol AsScoped = Symbol.Intern("As Scoped");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "As Global", c => Read(c, Target(c, c.Call)));
        table.Add(Category, "As Scoped", c => Read(c, Target(c, c.Call)));
    }

    /// <summary>True for a call written <c>As Global(...)</c> or <c>As Scoped(...)</c>.</summary>
    public static bool IsScopedName(Node node) =>
        node is CallNode { Qualifier: null } call && (ReferenceEquals(call.Head, AsGlobal) || ReferenceEquals(call.Head, AsScoped));

    /// <summary>
    /// The name <paramref name="call"/> stands for, as if written <c>::name</c> or <c>scope:name</c>.
    /// The scope is kept as written: a name (<c>Here</c>, a namespace reference or name), a string,
    /// or any expression that gives a namespace, evaluated when the name is used.
    /// </summary>
    public static NameNode Target(CallContext c, CallNode call)
    {
        var global = ReferenceEquals(call.Head, AsGlobal);
        var count = global ? 1 : 2;
        var context = new CallContext(c.Interpreter, call, c.Scope);
        context.RequireCount(count, count);
        var nameIndex = count - 1;
        var text = call.Args[nameIndex] is NameNode { Scope: NameScope.Unqualified } written ? written.Text : context.String(nameIndex);
        var symbol = Symbol.Intern(text);
        return global
            ? new NameNode(call.Position, symbol, Symbol.CollapseWhitespace(text), NameScope.Global)
            : new NameNode(call.Position, symbol, Symbol.CollapseWhitespace(text), NameScope.Qualified, call.Args[0]);
    }

    private static Value Read(CallContext c, NameNode name)
    {
        var stored = c.Interpreter.LookupVariable(name, c.Scope) ?? throw Interpreter.NameUnresolved(name);
        return stored is ExpressionValue e ? c.Eval(e.Node) : stored;
    }
}
