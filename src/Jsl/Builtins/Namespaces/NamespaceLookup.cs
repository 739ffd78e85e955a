using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// Finds the namespace an argument names: a namespace reference, or a string that is one of the
/// scope names (<c>"here"</c>, <c>"global"</c>, <c>"root"</c>, <c>"local"</c>) or a namespace's name.
/// </summary>
internal static class NamespaceLookup
{
    private static readonly Symbol HereName = Symbol.Intern("here");
    private static readonly Symbol GlobalName = Symbol.Intern("global");
    private static readonly Symbol RootName = Symbol.Intern("root");
    private static readonly Symbol LocalName = Symbol.Intern("local");

    /// <summary>The namespace <paramref name="value"/> stands for; null when it names none.</summary>
    /// <remarks>
    /// Decision: <c>"root"</c> is the global namespace (jsl has no separate root scope, as <c>:::</c>
    /// is <c>::</c>). <c>"local"</c> is the innermost local frame (a function's arguments and locals, or
    /// a <c>Local</c> block's) seen as a namespace over the same variables, so that removing a name
    /// through it removes the local; at script level, where there are no locals, it is Here.
    /// The scope names win over a user namespace of the same name.
    /// </remarks>
    public static NamespaceValue? Find(CallContext c, Value value)
    {
        switch (value)
        {
            case NamespaceValue ns:
                return ns;
            case StringValue text:
                var key = Symbol.Intern(text.Value);
                if (ReferenceEquals(key, HereName)) return c.Scope.Here;
                if (ReferenceEquals(key, GlobalName) || ReferenceEquals(key, RootName)) return c.Interpreter.Globals;
                if (ReferenceEquals(key, LocalName))
                {
                    return c.Scope.InnermostLocals is { } locals ? LocalNamespace(c, locals) : c.Scope.Here;
                }
                return c.Interpreter.Namespaces.Find(text.Value);
            default:
                return null;
        }
    }

    /// <summary>The namespace argument <paramref name="index"/> names, or the JSL error saying why there is none.</summary>
    public static NamespaceValue Require(CallContext c, int index, string function)
    {
        c.RequireArg(index);
        var value = c.Eval(index);
        var found = Find(c, value);
        if (found is null)
        {
            throw value is StringValue text
                ? c.Error($"Namespace \"{text.Value}\" not found")
                : c.Error($"{function} needs a namespace or a namespace's name, not a {value.TypeName}");
        }
        if (found.IsDeleted) throw found.Deleted(c.Call);
        return found;
    }

    /// <summary>
    /// The local frame as a namespace; the enclosing function's parameters and declared locals are
    /// listed as its definition spells them.
    /// </summary>
    private static NamespaceValue LocalNamespace(CallContext c, Runtime.Scopes.VariableTable locals)
    {
        var ns = new NamespaceValue("Local", locals);
        if (c.Scope.EnclosingFunction is not { } function) return ns;
        var declarations = function.Definition.Args;
        for (var i = 0; i < declarations.Count - 1 && i < 2; i++)
        {
            if (declarations[i] is not CallNode list || !ReferenceEquals(list.Head, Heads.List)) continue;
            foreach (var item in list.Args)
            {
                var declared = item switch
                {
                    NameNode name => name,
                    CallNode { Args: [NameNode target, _] } assign when ReferenceEquals(assign.Head, Heads.Assign) => target,
                    _ => null,
                };
                if (declared is not null && locals.Contains(declared.Symbol)) ns.RememberSpelling(declared.Symbol, declared.Text);
            }
        }
        return ns;
    }
}
