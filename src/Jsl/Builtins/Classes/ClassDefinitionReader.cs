using Jsl.Runtime.Classes;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Classes;

/// <summary>
/// Reads <c>Define Class( "name", &lt;Base Class( ... )&gt;, &lt;Show( ... )&gt;, members )</c>: the
/// members are assignments <c>x = value</c> and <c>m = Method( {args}, body )</c>, separated by
/// <c>;</c> or <c>,</c> or given as one list (<c>{x = 1, m = Method( ... )}</c>).
/// </summary>
internal static class ClassDefinitionReader
{
    private static readonly Symbol BaseClass = Symbol.Intern("Base Class");
    private static readonly Symbol Show = Symbol.Intern("Show");
    private static readonly Symbol All = Symbol.Intern("All");
    private static readonly Symbol MembersOption = Symbol.Intern("Members");
    private static readonly Symbol MethodsOption = Symbol.Intern("Methods");
    private static readonly Symbol FunctionsOption = Symbol.Intern("Functions");

    public static ClassDefinition Read(CallContext c)
    {
        c.RequireArg(0);
        var name = c.ArgNode(0) is NameNode { Scope: NameScope.Unqualified } bare && c.Interpreter.LookupVariable(bare, c.Scope) is null ? bare.Text : c.String(0);
        var bases = new List<string>();
        var show = ClassShowOptions.All;
        var statements = new List<Node>();
        for (var i = 1; i < c.Count; i++)
        {
            var arg = c.ArgNode(i);
            if (arg is CallNode { Qualifier: null } option && ReferenceEquals(option.Head, BaseClass)) bases.AddRange(BaseNames(c, option));
            else if (arg is CallNode { Qualifier: null } showOption && ReferenceEquals(showOption.Head, Show)) show = ShowOptions(c, showOption);
            else Flatten(arg, statements);
        }
        var definition = new ClassDefinition(name, bases, show);
        foreach (var statement in statements) AddMember(c, definition, statement);
        return definition;
    }

    private static IEnumerable<string> BaseNames(CallContext c, CallNode option)
    {
        foreach (var arg in option.Args)
        {
            if (arg is CallNode list && ReferenceEquals(list.Head, Heads.List))
            {
                foreach (var item in list.Args) yield return BaseName(c, item);
            }
            else yield return BaseName(c, arg);
        }
    }

    // Base Class( UtMatcher ) and Base Class( "UtMatcher" ) both name the class.
    private static string BaseName(CallContext c, Node arg) => arg switch
    {
        StringNode s => s.Value,
        NameNode { Scope: NameScope.Unqualified } n => n.Text,
        _ => c.Eval(arg) is StringValue s ? s.Value : throw c.Error("Base Class expects class names"),
    };

    /// <summary>
    /// Decision: <c>Show( All( b ) )</c> sets all three; when any of <c>Members</c>, <c>Methods</c>,
    /// <c>Functions</c> is given, the ones not given are not shown.
    /// </summary>
    private static ClassShowOptions ShowOptions(CallContext c, CallNode option)
    {
        bool? all = null, members = null, methods = null, functions = null;
        foreach (var arg in option.Args)
        {
            if (arg is not CallNode { Args.Count: 1 } flag) throw c.Error("Show expects All( b ), Members( b ), Methods( b ) or Functions( b )");
            var on = CallContext.IsTrue(c.Eval(flag.Args[0]));
            if (ReferenceEquals(flag.Head, All)) all = on;
            else if (ReferenceEquals(flag.Head, MembersOption)) members = on;
            else if (ReferenceEquals(flag.Head, MethodsOption)) methods = on;
            else if (ReferenceEquals(flag.Head, FunctionsOption)) functions = on;
            else throw c.Error($"Show does not take the option '{flag.HeadText}'");
        }
        if (all is { } both) return new(both, both, both);
        if (members is null && methods is null && functions is null) return ClassShowOptions.All;
        return new(members ?? false, methods ?? false, functions ?? false);
    }

    private static void Flatten(Node node, List<Node> into)
    {
        if (node is CallNode { Qualifier: null } call && (ReferenceEquals(call.Head, Heads.Glue) || ReferenceEquals(call.Head, Heads.List)))
        {
            foreach (var item in call.Args) Flatten(item, into);
        }
        else if (node is not CallNode { Args.Count: 0 } empty || !ReferenceEquals(empty.Head, Heads.Empty))
        {
            into.Add(node);
        }
    }

    private static void AddMember(CallContext c, ClassDefinition definition, Node statement)
    {
        if (statement is not CallNode { Args: [NameNode { Scope: NameScope.Unqualified } target, var valueNode] } assign || !ReferenceEquals(assign.Head, Heads.Assign))
        {
            throw new Jsl.Runtime.Errors.JslRuntimeError($"Define Class \"{definition.Name}\": members must be assignments (name = value or name = Method( ... ))", statement);
        }
        // Decision: a member's value may name a member defined before it (the Scripting Index's
        // "_show_ = _to string_;"); anything else is evaluated where Define Class runs.
        var value = valueNode is NameNode { Scope: NameScope.Unqualified } earlier && definition.OwnMember(earlier.Symbol) is { } defined
            ? defined
            : c.Eval(valueNode).CopyForAssignment();
        if (value is FunctionValue { OwnerClass: null } method) MethodBodyPreparation.Adopt(method, definition, c.Interpreter.FastPaths);
        definition.SetMember(target.Symbol, target.Text, value);
    }
}
