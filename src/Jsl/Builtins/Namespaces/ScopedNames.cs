using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// <c>As Global(name)</c>, <c>As Root(name)</c> and <c>As Scoped(scope, name)</c>: the function forms of
/// <c>::name</c>, <c>:::name</c> and <c>scope:name</c>, read as values and written as assignment targets (<c>As Scoped("ns", x) = 5</c>).
/// </summary>
internal static class ScopedNames
{
    private const string Category = "Namespaces";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "As Global", c => Read(c, ScopedNameCalls.Target(c, c.Call)));
        table.Add(Category, "As Root", c => Read(c, ScopedNameCalls.Target(c, c.Call)));
        table.Add(Category, "As Scoped", c => Read(c, ScopedNameCalls.Target(c, c.Call)));
    }

    private static Value Read(CallContext c, NameNode name)
    {
        var stored = c.Interpreter.LookupVariable(name, c.Scope) ?? throw Interpreter.NameUnresolved(name);
        return stored is ExpressionValue e ? c.Eval(e.Node) : stored;
    }
}
