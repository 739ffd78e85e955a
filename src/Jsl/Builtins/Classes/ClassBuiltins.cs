using Jsl.Runtime.Classes;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Classes;

/// <summary>Classes: <c>Define Class</c>, <c>Method</c>, <c>New Object</c>, <c>Is Class</c>, <c>Class Exists</c>, <c>Get Class Names</c>, <c>Delete Classes</c>, and the messages of class objects.</summary>
internal static class ClassBuiltins
{
    private const string Category = "Classes";
    private static readonly Symbol Force = Symbol.Intern("Force");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Define Class", DefineClass);
        table.Add(Category, "Method", Core.FunctionBuiltins.Function);
        table.Add(Category, "New Object", c =>
        {
            c.RequireCount(1, 2);
            return ObjectConstruction.New(c);
        });
        table.SetPreparer("New Object", NewObjectCall.Preparer);
        table.Add(Category, "Is Class", c =>
        {
            c.RequireCount(1, 1);
            return NumberValue.Of(c.Eval(0) is ClassObject);
        });
        table.Add(Category, "Class Exists", c =>
        {
            c.RequireCount(1, 1);
            var name = ClassName(c, 0);
            return NumberValue.Of(name is not null && ClassRegistry.Of(c.Interpreter).Find(name) is not null);
        });
        table.Add(Category, "Get Class Names", GetClassNames);
        table.Add(Category, "Delete Classes", DeleteClasses);
        ClassObjectMessages.Register(table.Messages);
    }

    private static Value DefineClass(CallContext c)
    {
        var definition = ClassDefinitionReader.Read(c);
        var registry = ClassRegistry.Of(c.Interpreter);
        var previous = registry.Find(definition.Name);
        registry.Define(definition);
        try
        {
            ClassHierarchy.CheckAcyclic(registry, definition, c.Call);
        }
        catch
        {
            // A class whose bases are unknown or circular is not defined; an older one of the name stays.
            if (previous is null) registry.Remove(definition.Name);
            else registry.Define(previous);
            throw;
        }
        return EmptyValue.Instance;
    }

    /// <summary>The class name argument <paramref name="index"/> gives: a string, a class object's class, or a bare name; null for anything else.</summary>
    private static string? ClassName(CallContext c, int index)
    {
        if (c.ArgNode(index) is NameNode { Scope: NameScope.Unqualified } bare && c.Interpreter.LookupVariable(bare, c.Scope) is null) return bare.Text;
        return c.Eval(index) switch
        {
            StringValue s => s.Value,
            ClassObject self => self.Class.Name,
            _ => null,
        };
    }

    private static Value GetClassNames(CallContext c)
    {
        var registry = ClassRegistry.Of(c.Interpreter);
        if (c.Count == 0) return new ListValue(registry.All.Select(d => (Value)new StringValue(d.Name)).ToList());
        var names = new List<Value>();
        for (var i = 0; i < c.Count; i++)
        {
            names.Add(new StringValue(ClassName(c, i) ?? throw c.ArgumentError(i, "Get Class Names expects class names or class objects")));
        }
        return new ListValue(names);
    }

    /// <summary>
    /// Decision: deleting a class never touches objects already made from it (they keep their
    /// members and methods), so <c>Force( 1 )</c> is accepted and changes nothing.
    /// </summary>
    private static Value DeleteClasses(CallContext c)
    {
        var registry = ClassRegistry.Of(c.Interpreter);
        var named = 0;
        for (var i = 0; i < c.Count; i++)
        {
            if (c.ArgNode(i) is CallNode { Qualifier: null } option && ReferenceEquals(option.Head, Force)) continue;
            named++;
            var name = ClassName(c, i) ?? throw c.ArgumentError(i, "Delete Classes expects class names or class objects");
            registry.Remove(name);
        }
        if (named == 0) registry.Clear();
        return EmptyValue.Instance;
    }
}
