using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// <c>As Global(name)</c>, <c>As Root(name)</c> and <c>As Scoped(scope, name)</c> as the names they
/// stand for: the language reads and assigns them as <c>::name</c>, <c>:::name</c> and <c>scope:name</c>.
/// </summary>
internal static class ScopedNameCalls
{
    /// <summary>The <c>As Global</c> head.</summary>
    public static readonly Symbol AsGlobal = Symbol.Intern("As Global");

    /// <summary>The <c>As Root</c> head.</summary>
    public static readonly Symbol AsRoot = Symbol.Intern("As Root");

    /// <summary>The <c>As Scoped</c> head.</summary>
    public static readonly Symbol AsScoped = Symbol.Intern("As Scoped");

    /// <summary>True for a call written <c>As Global(...)</c>, <c>As Root(...)</c> or <c>As Scoped(...)</c>.</summary>
    public static bool IsScopedName(Node node) =>
        node is CallNode { Qualifier: null } call && (ReferenceEquals(call.Head, AsGlobal) || ReferenceEquals(call.Head, AsRoot) || ReferenceEquals(call.Head, AsScoped));

    /// <summary>
    /// The name <paramref name="call"/> stands for, as if written <c>::name</c> or <c>scope:name</c>.
    /// <c>As Root</c> names a root-scoped variable, as <c>:::name</c> does. The scope is kept as written: a name (<c>Here</c>, a namespace reference or name), a string,
    /// or any expression that gives a namespace, evaluated when the name is used.
    /// </summary>
    public static NameNode Target(CallContext c, CallNode call)
    {
        var root = ReferenceEquals(call.Head, AsRoot);
        var global = root || ReferenceEquals(call.Head, AsGlobal);
        var count = global ? 1 : 2;
        var context = new CallContext(c.Interpreter, call, c.Scope);
        context.RequireCount(count, count);
        var nameIndex = count - 1;
        var text = call.Args[nameIndex] is NameNode { Scope: NameScope.Unqualified } written ? written.Text : context.String(nameIndex);
        var symbol = Symbol.Intern(text);
        return global
            ? new NameNode(call.Position, symbol, Symbol.CollapseWhitespace(text), root ? NameScope.Root : NameScope.Global)
            : new NameNode(call.Position, symbol, Symbol.CollapseWhitespace(text), NameScope.Qualified, call.Args[0]);
    }
}
