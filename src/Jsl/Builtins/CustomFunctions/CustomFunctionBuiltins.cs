using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.CustomFunctions;

/// <summary>
/// <c>New Custom Function</c>, <c>Add Custom Functions</c>, <c>Remove Custom Functions</c>,
/// <c>Get Custom Functions</c> (Scripting Index, JMP 14).
/// Decision: publishing puts the function into the namespace named by the custom function (made
/// when missing), so <c>custom:Add(1, 2)</c> calls it through the ordinary namespace lookup; the
/// namespace <c>"global"</c> means the global variables, so the function is also callable by its
/// bare name. Removing takes it out again.
/// </summary>
internal static class CustomFunctionBuiltins
{
    private const string Category = "Custom Functions";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "New Custom Function", NewCustomFunction);
        CustomFunctionMessages.Register(table.Messages);
        table.Add(Category, "Add Custom Functions", c =>
        {
            c.RequireCount(1, 1);
            foreach (var function in CustomFunctionArgs(c)) Publish(c, function);
            return EmptyValue.Instance;
        });
        table.Add(Category, "Remove Custom Functions", c =>
        {
            c.RequireCount(1, 1);
            var fullNames = FullNames(c);
            // Decision: a name that is not a published custom function is an error (jsl-hamcrest
            // relies on JMP's throwing here), checked for every name before any is removed.
            var published = Published(c.Interpreter);
            foreach (var fullName in fullNames)
            {
                if (!published.ContainsKey(fullName)) throw c.Error($"Remove Custom Functions: \"{fullName}\" is not a custom function");
            }
            foreach (var fullName in fullNames) Unpublish(c, fullName);
            return EmptyValue.Instance;
        });
        table.Add(Category, "Get Custom Functions", c =>
        {
            c.RequireCount(0, 1);
            var published = Published(c.Interpreter);
            if (c.Count == 0) return new ListValue([.. published.Values]);
            var wanted = FullNames(c);
            return new ListValue([.. wanted.Where(published.ContainsKey).Select(n => (Value)published[n])]);
        });
    }

    /// <summary><c>New Custom Function(namespace, name, function, &lt;&lt;help...)</c>: the help messages are sent to the new object.</summary>
    private static Value NewCustomFunction(CallContext c)
    {
        var ns = c.String(0);
        var name = c.String(1);
        if (ns.Length == 0 || name.Length == 0) throw c.Error("New Custom Function needs a namespace and a name");
        if (c.Eval(2) is not FunctionValue function) throw c.Error("New Custom Function needs a function as its third argument");
        var made = new CustomFunctionValue(ns, name, function);
        for (var i = 3; i < c.Count; i++)
        {
            if (!c.IsOptionArg(i)) throw c.Error("New Custom Function takes help text as << messages after the function");
            c.Interpreter.Builtins.Messages.Send(c, made, ((CallNode)c.ArgNode(i)).Args[0]);
        }
        return made;
    }

    private static List<CustomFunctionValue> CustomFunctionArgs(CallContext c)
    {
        var value = c.Eval(0);
        var items = value is ListValue list ? ExpressionBuiltins.EvalList(c, list).Items : [value];
        return items.Select(v => v as CustomFunctionValue ?? throw c.Error("Add Custom Functions needs custom functions (New Custom Function) or a list of them")).ToList();
    }

    private static List<string> FullNames(CallContext c)
    {
        var value = c.Eval(0);
        var items = value is ListValue list ? list.Items : [value];
        return items.Select(v => v switch
        {
            // "::name" names the global namespace, as it does for variables.
            StringValue s => s.Value.StartsWith("::", StringComparison.Ordinal) ? "global:" + s.Value[2..] : s.Value,
            CustomFunctionValue f => f.FullName,
            _ => throw c.Error("custom functions are named by strings \"namespace:name\""),
        }).ToList();
    }

    private static void Publish(CallContext c, CustomFunctionValue function)
    {
        TableOf(c.Interpreter, function.Namespace, create: true)!.Set(Symbol.Intern(function.Name), function.Function.AsCustomFunction());
        Published(c.Interpreter)[function.FullName] = function;
    }

    private static void Unpublish(CallContext c, string fullName)
    {
        var published = Published(c.Interpreter);
        // Removing a name that is no custom function is an error (jsl-hamcrest expects it to throw, and passes in JMP).
        if (!published.Remove(fullName, out var function)) throw c.Error($"Remove Custom Functions: \"{fullName}\" is not a custom function");
        TableOf(c.Interpreter, function.Namespace, create: false)?.Remove(Symbol.Intern(function.Name));
    }

    private static Runtime.Scopes.VariableTable? TableOf(Interpreter interpreter, string ns, bool create)
    {
        if (string.Equals(ns, "global", StringComparison.OrdinalIgnoreCase)) return interpreter.Globals.Variables;
        if (interpreter.Namespaces.Find(ns) is { } existing) return existing.Variables;
        if (!create) return null;
        var made = new NamespaceValue(ns);
        interpreter.Namespaces.Add(made);
        return made.Variables;
    }

    /// <summary>The run's published custom functions by full name.</summary>
    private static Dictionary<string, CustomFunctionValue> Published(Interpreter interpreter) => interpreter.State.CustomFunctions;
}
