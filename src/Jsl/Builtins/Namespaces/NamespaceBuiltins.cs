using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// The namespace functions (Scripting Guide, "Namespaces"; Scripting Index, Programming):
/// <c>New Namespace</c>, <c>Namespace</c>, <c>As Namespace</c>, <c>Namespace Exists</c>,
/// <c>Is Namespace</c>, <c>Delete Namespaces</c>, <c>Get Namespace Names</c>, <c>Get Namespaces</c>
/// and <c>Show Namespaces</c>.
/// </summary>
internal static class NamespaceBuiltins
{
    private const string Category = "Namespaces";
    private static readonly Symbol Force = Symbol.Intern("Force");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "New Namespace", NewNamespace);
        table.Add(Category, "Namespace", c =>
        {
            c.RequireCount(1, 1);
            return NamespaceLookup.Require(c, 0, "Namespace");
        });
        table.Add(Category, "As Namespace", c =>
        {
            c.RequireCount(1, 1);
            return NamespaceLookup.Require(c, 0, "As Namespace");
        });
        table.Add(Category, "Namespace Exists", NamespaceExists);
        table.Add(Category, "Is Namespace", c =>
        {
            c.RequireCount(1, 1);
            return NumberValue.Of(c.Eval(0) is NamespaceValue);
        });
        table.Add(Category, "Delete Namespaces", DeleteNamespaces);
        table.Add(Category, "Get Namespace Names", c => new ListValue(Chosen(c, "Get Namespace Names").Select(static ns => (Value)new StringValue(ns.Name)).ToList()));
        table.Add(Category, "Get Namespaces", c => new ListValue(Chosen(c, "Get Namespaces").Select(static ns => (Value)ns).ToList()));
        table.Add(Category, "Show Namespaces", c =>
        {
            foreach (var ns in Chosen(c, "Show Namespaces")) NamespaceListing.Write(c.Interpreter.Log, ns);
            return EmptyValue.Instance;
        });
        ScopedNames.Register(table);
        SymbolBuiltins.Register(table);
        NamespaceMessages.Register(table.Messages);
    }

    /// <summary>
    /// <c>New Namespace(&lt;name&gt;, &lt;{name = value, ...}&gt;)</c>. Without a name the namespace is
    /// anonymous (<c>#1</c>, ...). A namespace already registered under the name is replaced, as the
    /// Scripting Guide says (so a script can be re-run without deleting its namespace first).
    /// </summary>
    /// <remarks>
    /// Decision: the replaced namespace is deleted, so a reference still held to it says so
    /// instead of silently writing into a namespace no name reaches. The initial members are
    /// evaluated in order in the caller's scope; a bare name in the list is a member holding
    /// <c>Empty()</c>.
    /// </remarks>
    private static Value NewNamespace(CallContext c)
    {
        var nameIndex = -1;
        var listIndex = -1;
        for (var i = 0; i < c.Count; i++)
        {
            if (c.IsEmptyArg(i)) continue;
            if (c.ArgNode(i) is CallNode list && ReferenceEquals(list.Head, Heads.List)) listIndex = i;
            else if (i == 0) nameIndex = i;
            else throw c.Error("New Namespace's second argument must be a list of name = value");
        }
        var registry = c.Interpreter.Namespaces;
        var name = nameIndex < 0 ? registry.NewAnonymousName() : NameOf(c, nameIndex);
        var ns = new NamespaceValue(name);
        if (listIndex >= 0) AddMembers(c, ns, (CallNode)c.ArgNode(listIndex));
        registry.Add(ns)?.Delete();
        return ns;
    }

    private static string NameOf(CallContext c, int index)
    {
        var value = c.Eval(index);
        if (value is not StringValue text) throw c.Error($"New Namespace needs a string as the namespace's name, not a {value.TypeName}");
        var name = Symbol.CollapseWhitespace(text.Value);
        return name.Length > 0 ? name : throw c.Error("New Namespace needs a name that is not empty");
    }

    private static void AddMembers(CallContext c, NamespaceValue ns, CallNode list)
    {
        foreach (var item in list.Args)
        {
            switch (item)
            {
                case CallNode assign when ReferenceEquals(assign.Head, Heads.Assign) && assign.Args is [NameNode { Scope: NameScope.Unqualified } target, var value]:
                    ns.Define(target.Symbol, target.Text, c.Eval(value).CopyForAssignment());
                    break;
                case NameNode { Scope: NameScope.Unqualified } bare:
                    ns.Define(bare.Symbol, bare.Text, EmptyValue.Instance);
                    break;
                default:
                    throw c.Error("New Namespace: each item of the list must be a name or name = value");
            }
        }
    }

    /// <summary><c>Namespace Exists(name | reference)</c>: 1 while the namespace is registered (not deleted or replaced).</summary>
    private static Value NamespaceExists(CallContext c)
    {
        return c.Eval(0) switch
        {
            NamespaceValue ns => NumberValue.Of(c.Interpreter.Namespaces.Contains(ns)),
            StringValue name => NumberValue.Of(c.Interpreter.Namespaces.Find(name.Value) is not null),
            var other => throw c.Error($"Namespace Exists needs a namespace or a namespace's name, not a {other.TypeName}"),
        };
    }

    /// <summary>
    /// <c>Delete Namespaces(&lt;Force(1)&gt;, &lt;name | reference | {...}&gt;, ...)</c>: the named ones, or
    /// every namespace when none is named.
    /// </summary>
    /// <remarks>
    /// Decision: a namespace with locked names is deleted only with <c>Force(1)</c> (otherwise it is
    /// an error), which is what forcing means here; a name that names no namespace is ignored, so
    /// deleting twice is harmless.
    /// </remarks>
    private static Value DeleteNamespaces(CallContext c)
    {
        var force = false;
        var targets = new List<NamespaceValue>();
        var named = false;
        for (var i = 0; i < c.Count; i++)
        {
            if (c.IsEmptyArg(i)) continue;
            if (c.ArgNode(i) is CallNode option && ReferenceEquals(option.Head, Force) && option.Qualifier is null)
            {
                force = option.Args.Count == 0 || CallContext.IsTrue(c.Eval(option.Args[0]));
                continue;
            }
            named = true;
            AddTargets(c, c.Eval(i), targets);
        }
        var registry = c.Interpreter.Namespaces;
        if (!named) targets.AddRange(registry.All);
        foreach (var ns in targets)
        {
            if (ns.HasLocks && !force) throw c.Error($"Namespace \"{ns.Name}\" is locked; delete it with Force(1)");
        }
        foreach (var ns in targets) Delete(c, ns);
        return EmptyValue.Instance;
    }

    private static void AddTargets(CallContext c, Value value, List<NamespaceValue> targets)
    {
        switch (value)
        {
            case ListValue list:
                foreach (var item in list.Items) AddTargets(c, item, targets);
                break;
            case NamespaceValue ns:
                targets.Add(ns);
                break;
            case StringValue name:
                if (c.Interpreter.Namespaces.Find(name.Value) is { } found) targets.Add(found);
                break;
            default:
                throw c.Error($"Delete Namespaces needs namespaces or their names, not a {value.TypeName}");
        }
    }

    /// <summary>Unregisters and deletes <paramref name="ns"/>. The scope namespaces (Here, Global) are emptied, never deleted.</summary>
    public static void Delete(CallContext c, NamespaceValue ns)
    {
        if (!c.Interpreter.Namespaces.Remove(ns))
        {
            if (ReferenceEquals(ns, c.Interpreter.Globals) || ReferenceEquals(ns, c.Scope.Here)) throw c.Error($"the {ns.Name} namespace cannot be deleted");
        }
        ns.Delete();
    }

    /// <summary>The namespaces a <c>Get Namespace Names</c>-like call names, or all of them, oldest first.</summary>
    private static List<NamespaceValue> Chosen(CallContext c, string function)
    {
        if (c.Count == 0) return [.. c.Interpreter.Namespaces.All];
        var chosen = new List<NamespaceValue>();
        for (var i = 0; i < c.Count; i++) chosen.Add(NamespaceLookup.Require(c, i, function));
        return chosen;
    }
}
